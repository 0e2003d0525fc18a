// YueduTerminal: see README "Architecture".
