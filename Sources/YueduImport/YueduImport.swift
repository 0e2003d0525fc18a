// YueduImport: see README "Architecture".
