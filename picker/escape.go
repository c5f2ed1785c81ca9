package picker

import "github.com/debrief-dev/debrief/lint"

// escape is the one definition debrief has today of text safe for a
// terminal (lint.Escape), until the shared sanitising package lands.
func escape(s string) string { return lint.Escape(s) }
