// Matrix tests land here (issue 6).
