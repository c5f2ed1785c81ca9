package model

import (
	"fmt"
	"strings"

	"github.com/debrief-dev/debrief/textsafe"
)

// checkShown refuses what a session file from someone else could use to
// drive the terminal through the fields the screen shows as they are: a
// severity debrief does not know (it is styled, not escaped), and roles,
// agenda names, titles, captures and prompts holding control, bidi or
// invisible characters. Notes and names are free text, escaped wherever
// they are shown, so they are not checked here.
func checkShown(ev *Event) (field, msg string) {
	if s := ev.Setup; s != nil {
		if s.Severity != "" && s.Severity.Level() == 0 {
			return "setup.severity", fmt.Sprintf("%q is not a severity (want SEV-1, SEV-2, SEV-3 or SEV-4)", s.Severity)
		}
		if st, err := ParseIncidentStatus(s.Status); err != nil || st != s.Status {
			return "setup.status", fmt.Sprintf("%q is not a status (want Resolved or Monitoring)", s.Status)
		}
		for i, a := range s.Attendees {
			if !shownSafe(string(a.Role)) {
				return fmt.Sprintf("setup.attendees[%d].role", i), unsafeText(string(a.Role))
			}
		}
	}
	if a := ev.Agenda; a != nil {
		if !shownSafe(a.Name) {
			return "agenda.name", unsafeText(a.Name)
		}
		for i, p := range a.Phases {
			for name, v := range map[string]string{"id": p.ID, "title": p.Title, "capture": string(p.Capture)} {
				if !shownSafe(v) {
					return fmt.Sprintf("agenda.phases[%d].%s", i, name), unsafeText(v)
				}
			}
			for j, pr := range p.Prompts {
				if !shownSafe(pr) {
					return fmt.Sprintf("agenda.phases[%d].prompts[%d]", i, j), unsafeText(pr)
				}
			}
		}
	}
	return "", ""
}

// shownSafe reports whether s holds nothing a terminal acts on but line
// breaks and tabs, which the screen lays out and the export flattens.
func shownSafe(s string) bool {
	return textsafe.IsSafe(strings.Map(func(r rune) rune {
		if r == '\t' || r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, s), false)
}

func unsafeText(s string) string {
	return fmt.Sprintf("%q holds a control, bidi or invisible character", textsafe.Escape(s))
}
