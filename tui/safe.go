package tui

import "github.com/debrief-dev/debrief/textsafe"

// clean turns typed or pasted text into note text: escape sequences are
// removed, tabs become spaces, other unsafe runes (see textsafe) are dropped
// and invalid UTF-8 is replaced. When keepNewlines is false, line breaks
// become spaces. Nothing a note holds can then drive the terminal.
func clean(s string, keepNewlines bool) string { return textsafe.Strip(s, keepNewlines) }

// inert renders text that may come from someone else's file for display:
// control characters show as visible placeholders, invisible ones are
// dropped, and nothing is passed to the terminal raw.
func inert(s string) string { return textsafe.Inert(s) }
