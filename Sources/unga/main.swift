print("unga")
