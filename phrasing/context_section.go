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
	"whats new", "notable changes", "noteworthy changes", "overview of changes",
	"changes since", "changes in version", "changes in release"}

// reviewWords in a heading name a review of an incident, never a
// release's notes: "# Flutter 3.32.3 Postmortem".
var reviewWords = []string{"postmortem", "post-mortem", "post mortem", "retrospective",
	"incident", "outage", "review", "report", "rca", "analysis", "lessons"}

// reviewSections are a postmortem's own sections: one under a version's
// heading makes the text a review of that release.
var reviewSections = []string{"root cause", "went wrong", "went well", "impact", "timeline",
	"action item", "lessons", "contributing factor", "what happened", "follow-up", "follow up"}

// reviewSection reports whether the lower-cased heading h is one of a
// postmortem's sections.
func reviewSection(h string) bool {
	for _, w := range reviewSections {
		if strings.Contains(h, w) {
			return true
		}
	}
	return false
}

// doneTitles are headings that are one word of a changelog's sections
// ("### Fixed").
var doneTitles = set("added", "changed", "fixed", "removed", "deprecated", "security fixes")

// workDone reports whether the lower-cased heading h names work done:
// "What we changed", "Changes made".
func workDone(h string) bool {
	if strings.Contains(h, "wrong") || strings.Contains(h, "mistake") {
		return false // "What we did wrong" frames acts as wrongs, not changes made
	}
	for _, w := range doneHeadings {
		if strings.Contains(h, w) {
			return true
		}
	}
	return false
}

// releaseHeading reports whether the lower-cased heading line h opens a
// release's notes: a changelog, a version, or a changelog's section.
func releaseHeading(h string) bool {
	if releaseEntry(h) {
		return true // "pkg (1.2-3) unstable; urgency=medium"
	}
	if !strings.ContainsAny(h, "0123456789") && !strings.Contains(h, "change") &&
		!strings.Contains(h, "notes") && !strings.Contains(h, "new") && !strings.Contains(h, "ed") &&
		!strings.Contains(h, "fix") {
		return false // no version, no changelog's word, no "Fixed" or "Added"
	}
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
	for rest := t; rest != ""; {
		var w string
		if sp := strings.IndexByte(rest, ' '); sp >= 0 {
			w, rest = rest[:sp], rest[sp+1:]
		} else {
			w, rest = rest, ""
		}
		w = strings.Trim(w, "[](),v\t")
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
	// The level of the heading that opened a lucky, a done or a release
	// section, or 0: its subsections stay in it, and a heading at its level
	// or above ends it. Heading lines are those the tokenizer marked, so
	// no line is classified twice.
	lucky, done, release, ti := 0, 0, 0, 0
	for _, f := range fs {
		for ; ti < len(d.toks) && d.toks[ti].start < f.Offset; ti++ {
			t := &d.toks[ti]
			if t.line != headingLine || ti > 0 && d.toks[ti-1].line == headingLine &&
				strings.IndexByte(d.text[d.toks[ti-1].end:t.start], '\n') < 0 {
				continue // not the first word of a heading line
			}
			pos, end := lineAround(d.text, t.start)
			h, level := d.lower[pos:end], headingLevel(d.text, pos, d.text[pos:end])
			if lucky >= level {
				lucky = 0
			}
			if done >= level {
				done = 0
			}
			if release >= level || release > 0 && reviewSection(h) {
				// "**Root causes**" under "# v10.11.0 Release": the release's
				// postmortem, not its notes.
				if done == release {
					done = 0
				}
				release = 0
			}
			for _, w := range luckHeadings {
				if lucky == 0 && strings.Contains(h, w) {
					lucky = level
				}
			}
			rel := releaseHeading(h)
			if done == 0 && (rel || workDone(h)) {
				done = level
			}
			if release == 0 && rel {
				release = level
			}
		}
		if lucky > 0 && nobodyFinding(d, f) || done > 0 && f.Category == CatVague || release > 0 {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}
