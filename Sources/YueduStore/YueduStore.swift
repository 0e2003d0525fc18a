// YueduStore: see README "Architecture".
