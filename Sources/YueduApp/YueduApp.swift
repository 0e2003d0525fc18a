// YueduApp: see README "Architecture".
