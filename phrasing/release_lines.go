package phrasing

import "strings"

// Release entries in plain-text changelogs. A Debian changelog opens each
// release with "pkg (1.2-3) unstable; urgency=medium" and a GNU ChangeLog
// each entry with "2021-03-04  Name  <mail@host>"; the items under them
// ("* Improve documentation", "* Add more tests") record changes made, as
// under a Markdown changelog's "## 1.2.3". Reading these lines as release
// headings puts their items in a release section.

// releaseEntry reports whether line opens a release in a plain-text
// changelog.
func releaseEntry(line string) bool {
	line = trimSpaceRight(line)
	if strings.IndexByte(line, ';') < 0 && !strings.HasSuffix(line, ">") {
		return false // neither shape: most lines end here
	}
	if p := strings.Index(line, ") "); p > 0 && strings.Contains(line, "; urgency=") &&
		strings.Contains(line[:p], " (") {
		return true
	}
	return startsWithISODate(line) && strings.HasSuffix(line, ">") && strings.Contains(line, "@") &&
		strings.Contains(line, "<")
}

// startsWithISODate reports whether s opens with "YYYY-MM-DD".
func startsWithISODate(s string) bool {
	return len(s) >= 10 && isDigits(s[:4]) && s[4] == '-' && isDigits(s[5:7]) && s[7] == '-' &&
		isDigits(s[8:10])
}
