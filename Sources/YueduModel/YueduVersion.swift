/// The one source of yuedu's version: `yuedu --version` and the HTTP User-Agent both read it.
public enum YueduVersion {
    public static let current = "0.1.0"
}
