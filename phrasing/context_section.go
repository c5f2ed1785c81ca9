package phrasing

import "strings"

// Sections as context. The heading a line sits under says what kind of
// text it is: under "Where we got lucky", "nobody noticed" is the luck,
// not a failure; under a release's heading ("## 1.4.2", "Changelog",
// "Release notes", "### Fixed") "Improve docs" is a change that was made,
// not an action item asked of anyone. `debrief lint` carries the heading a
// segment ends under into the next one, so this holds in long files too.

// luckHeadings name a section about luck or what went well.
var luckHeadings = []string{"lucky", "luck", "went well", "went right", "fortunate"}

// doneHeadings name a section listing changes made: under them a vague
// action is a change that was made.
var doneHeadings = []string{"what we changed", "what we did", "changes made", "completed"}

// releaseHeadings name a release's notes: a list of changes shipped, not
// a postmortem, where "we forgot to close the file" describes a bug fixed.
var releaseHeadings = []string{"changelog", "change log", "release notes", "what's new",
	"whats new", "notable changes"}

// reviewWords in a heading name a review of an incident, never a
// release's notes: "# Flutter 3.32.3 Postmortem".
var reviewWords = []string{"postmortem", "post-mortem", "post mortem", "retrospective",
	"incident", "outage", "review", "report", "rca", "analysis", "lessons"}

// doneTitles are headings that are one word of a changelog's sections
// ("### Fixed").
var doneTitles = set("added", "changed", "fixed", "removed", "deprecated", "security fixes")

// doneHeading reports whether the lower-cased heading line h names a list
// of changes made: a release ("## [1.4.2] - 2024-05-01", "v0.3",
// "Version 2.0"), a changelog, or one of its sections.
func doneHeading(h string) bool {
	for _, w := range doneHeadings {
		if strings.Contains(h, w) {
			return true
		}
	}
	return releaseHeading(h)
}

// releaseHeading reports whether the lower-cased heading line h opens a
// release's notes: a changelog, a version, or a changelog's section.
func releaseHeading(h string) bool {
	for _, w := range reviewWords {
		if strings.Contains(h, w) {
			return false
		}
	}
	for _, w := range releaseHeadings {
		if strings.Contains(h, w) {
			return true
		}
	}
	t := strings.Trim(h, "#*_=-:[] \t\r")
	if doneTitles[t] {
		return true
	}
	// A release: a heading that is a version and at most a name and a
	// date besides ("## [1.4.2] - 2024-05-01", "v0.3", "Version 2.0",
	// "dbus 1.14.10 (2023-09-01)"); "# v22.0.1 patch upgrade" names what
	// went wrong in one.
	version, other := false, 0
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, "[](),v")
		switch {
		case isVersion(w):
			version = true
		case w == "" || w == "-" || w == "version" || w == "release" || startsWithDate(w) || isDigits(w):
		default:
			other++
		}
	}
	return version && other <= 1
}

// isVersion reports whether w is a version number: "1.4", "0.3.1".
func isVersion(w string) bool {
	dot := strings.IndexByte(w, '.')
	if dot <= 0 || dot+1 >= len(w) || !isDigit(w[dot+1]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != '.' {
			return false
		}
	}
	return true
}

// dropBySection drops findings that the section they sit in makes
// context: "nobody ..." under a heading about luck, and vague actions
// under a release's or changelog's heading. It reads the text once,
// forward, and only when there is such a finding to place.
func dropBySection(d *doc, fs []Finding) []Finding {

	kept := fs[:0]
	// The level of the heading that opened a lucky or a done section, or
	// 0: its subsections stay in it, a heading at its level or above ends it.
	lucky, done, release, pos := 0, 0, 0, 0
	for _, f := range fs {
		for pos < f.Offset {
			nl := strings.IndexByte(d.text[pos:f.Offset], '\n')
			line := d.text[pos:]
			if nl >= 0 {
				line = d.text[pos : pos+nl]
			}
			if sectionLine(d.text, pos, line) {
				h := d.lower[pos : pos+min(len(line), maxHeading)]
				level := headingLevel(d.text, pos, line)
				if lucky >= level {
					lucky = 0
				}
				if done >= level {
					done = 0
				}
				for _, w := range luckHeadings {
					if lucky == 0 && strings.Contains(h, w) {
						lucky = level
					}
				}
				if release >= level {
					release = 0
				}
				if done == 0 && doneHeading(h) {
					done = level
				}
				if release == 0 && releaseHeading(h) {
					release = level
				}
			}
			if nl < 0 {
				break
			}
			pos += nl + 1
		}
		if lucky > 0 && nobodyFinding(d, f) || done > 0 && f.Category == CatVague || release > 0 {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}
