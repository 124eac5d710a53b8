print("wiredesk")
