package phrasing

// lineKind says what a line of a postmortem is, so that words in it can be
// read in context: "Root cause" as a heading names a section, and "09:28
// Root cause identified" is a milestone in the timeline; neither claims
// that one cause explains the incident.
type lineKind uint8

const (
	proseLine    lineKind = iota
	headingLine           // a Markdown heading: "## Root cause"
	timelineLine          // starts with a time: "09:28 ...", "- [14:43] ...", "8:12 AM: ..."
)

// classifyLine reads the start of the line beginning at i. quote is true
// for a Markdown blockquote ("> ..."): someone else's words, quoted. A line
// that carries on a blockquote without its own ">" (a lazy continuation,
// as pasted chat logs often have) is quoted too, until a blank line.
func classifyLine(s string, i int, inQuote bool) (kind lineKind, quote bool) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	if i < len(s) && s[i] == '>' {
		return proseLine, true
	}
	if inQuote && i < len(s) && s[i] != '\n' {
		return proseLine, true
	}
	if i < len(s) && (s[i] == '#' || headingShape(s, i)) {
		return headingLine, false
	}
	// A list marker may come before the time: "- ", "* ", "1. ".
	if i+1 < len(s) && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i+1] == ' ' {
		i += 2
	} else {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j > i && j+1 < len(s) && s[j] == '.' && s[j+1] == ' ' {
			i = j + 2
		}
	}
	for i < len(s) && (s[i] == ' ' || s[i] == '[' || s[i] == '*') {
		i++
	}
	if startsWithTime(s[i:]) {
		return timelineLine, false
	}
	return proseLine, false
}

// startsWithTime reports whether s starts with a clock time: 9:05, 09:28,
// 14:43:10.
func startsWithTime(s string) bool {
	n := 0
	for n < len(s) && n < 2 && isDigit(s[n]) {
		n++
	}
	return n > 0 && n+2 < len(s) && s[n] == ':' && isDigit(s[n+1]) && isDigit(s[n+2])
}
