/// The version sqlport reports in `--version` and in the header of every generated file.
public let sqlportVersion = "0.1.0"
