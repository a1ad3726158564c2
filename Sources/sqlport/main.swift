print("sqlport")
