package phrasing

import "strings"

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
	if startsWithTime(s[i:]) || startsWithDate(s[i:]) {
		return timelineLine, false
	}
	return proseLine, false
}

// startsWithDate reports whether s starts with a date that opens a
// timeline row: "2021-08-17:", "2021/08/17 14:02", "Aug 17:", "17 Aug
// 14:02", or a day before a time ("-20 13:09", "Mon 09:12"). A date in
// prose ("Aug 17 was the day we ...") is not a row: the date must be
// followed by a colon, a dash, a time or a closing bracket.
func startsWithDate(s string) bool {
	n, slash := 0, 0
	if len(s) > 5 && isDigit(s[0]) {
		slash = slashDate(s)
	}
	switch {
	case len(s) >= 10 && isDigits(s[:4]) && (s[4] == '-' || s[4] == '/') && isDigit(s[5]):
		n = 5
		for n < len(s) && n < 10 && (isDigit(s[n]) || s[n] == '-' || s[n] == '/') {
			n++
		}
	case slash > 0:
		n = slash
	default:
		n = dayMonth(s)
		if n == 0 {
			return false
		}
		n += yearAfter(s[n:]) // "October 23, 2023, 13:06 (UTC): ..."
	}
	rest := s[n:]
	for len(rest) > 0 && (rest[0] == '*' || rest[0] == ']' || rest[0] == ',' || rest[0] == ')') {
		rest = rest[1:]
	}
	switch {
	case rest == "" || rest[0] == ':' || rest[0] == '\n':
		return true
	case len(rest) > 1 && rest[0] == ' ':
		rest = rest[1:]
		return rest[0] == '-' || rest[0] == '|' || strings.HasPrefix(rest, "–") ||
			strings.HasPrefix(rest, "—") || startsWithTime(rest) || rest[0] == 'T' && startsWithTime(rest[1:])
	case rest[0] == 'T':
		return startsWithTime(rest[1:])
	}
	return false
}

// yearAfter returns the length of a year after a month and day (", 2023"
// or " 2023"), or 0.
func yearAfter(s string) int {
	i := 0
	if i < len(s) && s[i] == ',' {
		i++
	}
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i+4 <= len(s) && isDigits(s[i:i+4]) && (i+4 == len(s) || !isDigit(s[i+4])) {
		return i + 4
	}
	return 0
}

// slashDate returns the length of a leading month, day and year written
// with slashes, "9/25/20" or "12/01/2021", or 0.
func slashDate(s string) int {
	n := 0
	for part := 0; part < 3; part++ {
		j := n
		for j < len(s) && j-n < 4 && isDigit(s[j]) {
			j++
		}
		if w := j - n; w == 0 || part < 2 && (w > 2 || j >= len(s) || s[j] != '/') || part == 2 && w != 2 && w != 4 {
			return 0
		}
		n = j
		if part < 2 {
			n++
		}
	}
	if n < len(s) && isDigit(s[n]) {
		return 0
	}
	return n
}

// months open a date written with the month's name.
// monthOrDay3 reports whether the lower-cased b opens a month's or a day's
// name, so most words skip the map.
func monthOrDay3(b []byte) bool {
	switch string(b) {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
		"mon", "tue", "wed", "thu", "fri", "sat", "sun":
		return true
	}
	return false
}

var months = set("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december", "mon", "tue", "wed", "thu", "fri", "sat",
	"sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// dayMonth returns the length of a leading "Aug 17", "17 Aug", "-20" or
// "Mon" (a day or date that a time follows), or 0.
func dayMonth(s string) int {
	word := func(i int) int {
		j := i
		for j < len(s) && j-i < 10 && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
			j++
		}
		// Lower-cased in a buffer on the stack: classifying a line must
		// not allocate, and every line of a document is classified.
		var buf [10]byte
		for k := i; k < j; k++ {
			buf[k-i] = s[k] | 0x20
		}
		// Only a word of three to nine letters opening like a month or a
		// day can be one: most lines' first words skip the lookup.
		if n := j - i; n >= 3 && n <= 9 && monthOrDay3(buf[:3]) && months[string(buf[:n])] {
			if j < len(s) && s[j] == '.' {
				j++
			}
			return j
		}
		return 0
	}
	digits := func(i int) int {
		j := i
		for j < len(s) && j-i < 2 && isDigit(s[j]) {
			j++
		}
		if j > i && (j >= len(s) || !isDigit(s[j])) {
			return j
		}
		return 0
	}
	if len(s) > 1 && s[0] == '-' {
		return digits(1)
	}
	if j := word(0); j > 0 {
		if j+1 < len(s) && s[j] == ' ' {
			if k := digits(j + 1); k > 0 {
				return k
			}
		}
		return j
	}
	if j := digits(0); j > 0 && j+1 < len(s) && s[j] == ' ' {
		return word(j + 1)
	}
	return 0
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
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
