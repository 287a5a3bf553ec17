// The Matrix platform lands here (issue 6).
