package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// The setup form's fields, in order.
const (
	setupTitle = iota
	setupService
	setupSeverity
	setupDate
	setupZone
	setupAttendees
	setupStatus
)

// newSetupForm is the form for what the meeting is about and who is
// there: the screen before the meeting, and the same fields mid-meeting
// (a late attendee, a change of severity).
func newSetupForm(c *common, s model.Setup, title string) *fieldForm {
	sev := string(s.Severity)
	if sev == "" {
		sev = string(model.SEV2)
	}
	var att []string
	for _, a := range s.Attendees {
		att = append(att, a.Name+":"+string(a.Role))
	}
	f := newFieldForm(c, formSetup, title)
	f.add("title", "Title", s.Title, "one line: what failed")
	f.add("service", "Service", s.Service, "the service that failed, e.g. payments")
	f.add("severity", "Severity", sev, "SEV-1 to SEV-4 (ctrl+←/→ changes)")
	f.add("date", "Incident date", s.IncidentDate, "YYYY-MM-DD (empty: today, UTC)")
	f.add("zone", "Time zone", s.TimeZone, "zone timeline times are typed in (empty: UTC)")
	f.add("attendees", "Attendees", strings.Join(att, ", "), "e.g. Ana:facilitator, Bo:scribe, Cy:ic, Di:owner, Ed:sme")
	f.add("status", "Status", s.Status, "ctrl+←/→: Resolved, Monitoring, or empty (from the timeline)")
	f.cycle = cycleSetup
	return f
}

// cycleSetup steps the severity field through SEV-1..SEV-4 and the status
// through its choices.
func cycleSetup(field int, value string, forward bool) (string, bool) {
	switch field {
	case setupSeverity:
		return cycleSeverity(value, forward), true
	case setupStatus:
		return cycleStatus(value, forward), true
	}
	return "", false
}

// cycleStatus steps through from-the-timeline, Monitoring and Resolved.
func cycleStatus(value string, forward bool) string {
	choices := []string{"", model.IncidentMonitoring, model.IncidentResolved}
	cur, _ := model.ParseIncidentStatus(value)
	i := max(0, slices.Index(choices, cur))
	if forward {
		i = (i + 1) % len(choices)
	} else {
		i = (i + len(choices) - 1) % len(choices)
	}
	return choices[i]
}

// cycleSeverity steps a severity through SEV-1..SEV-4.
func cycleSeverity(value string, forward bool) string {
	cur, _ := model.ParseSeverity(value)
	i := max(0, cur.Level()-1)
	if forward {
		i = (i + 1) % len(model.Severities)
	} else {
		i = (i + len(model.Severities) - 1) % len(model.Severities)
	}
	return string(model.Severities[i])
}

// setupValue reads the form into a Setup, or says which field is wrong.
func setupValue(f *fieldForm, now time.Time) (model.Setup, error) {
	s := model.Setup{Title: f.value("title"), Service: f.value("service"), TimeZone: f.value("zone")}
	sev, err := model.ParseSeverity(f.value("severity"))
	if err != nil {
		return s, fmt.Errorf("Severity: %v", err)
	}
	s.Severity = sev
	s.IncidentDate = f.value("date")
	if s.IncidentDate == "" {
		s.IncidentDate = now.UTC().Format("2006-01-02")
	} else if _, err := time.Parse("2006-01-02", s.IncidentDate); err != nil {
		return s, fmt.Errorf("Incident date: %q is not a date like 2026-11-19", s.IncidentDate)
	}
	if strings.EqualFold(s.TimeZone, "utc") {
		s.TimeZone = ""
	}
	// The zone database is read by resolveZone, a command, never here.
	if err := checkZone(f.c, s.TimeZone); err != nil {
		return s, err
	}
	if s.Attendees, err = model.ParseAttendees(f.value("attendees")); err != nil {
		return s, fmt.Errorf("Attendees: %v", err)
	}
	if s.Status, err = model.ParseIncidentStatus(f.value("status")); err != nil {
		return s, fmt.Errorf("Status: %v", err)
	}
	if s.Title == "" {
		s.Title = "Untitled incident"
	}
	return s, nil
}

// attendeeLines list the attendees as the form reads them, so a role that
// did not parse shows before the meeting starts: one to a line while
// that leaves the agenda line in view, else side by side in w cells.
func attendeeLines(st Styles, f *fieldForm, w int, oneEach bool) []string {
	att, err := model.ParseAttendees(f.value("attendees"))
	if err != nil || len(att) == 0 {
		return nil
	}
	var out []string
	line, used := "", 0
	for _, a := range att {
		name := inert(a.Name)
		item := st.Muted.Render("  · ") + name + st.Muted.Render(" — "+string(a.Role))
		iw := 4 + ansi.StringWidth(name) + 3 + ansi.StringWidth(string(a.Role))
		if oneEach || used > 0 && used+iw > w {
			if used > 0 {
				out = append(out, line)
			}
			line, used = "", 0
		}
		line += item
		used += iw
	}
	if used > 0 {
		out = append(out, line)
	}
	return append(out, "")
}

// setupView is the screen before the meeting: the form, the attendees
// as read, and the agenda that will run.
//
// where is the session file the meeting will be written to ("" when this
// screen writes none), so the facilitator knows it before starting, not
// only on quitting.
//
// back says the fields typed here before were given back.
func setupView(c *common, f *fieldForm, ag agenda.Agenda, where string, back bool) string {
	st := c.styles
	w := min(c.width, 90)
	inner := max(1, w-2)
	body := []string{st.Title.Render("debrief · a blameless postmortem review"), ""}
	// The form's own title line and gap are the screen's heading here;
	// the whole screen is cut to the window below.
	fields := strings.Split(f.View(inner, 1<<16), "\n")
	body = append(body, fields[min(2, len(fields)):]...)
	body = append(body, "")
	if im := f.imports.lines(st, max(1, inner-1)); len(im) > 0 {
		// Before the attendees, whose list a large room makes long.
		body = append(append(body, im...), "")
	}
	start := c.keys.Global.Next
	start.SetHelp("ctrl+n", "start the meeting")
	// The keys wrap over up to three lines, as in the meeting, so a
	// narrow window does not hide how to start or quit behind an "…".
	keys := keyHelp{short: append(f.ShortHelp()[1:4:4], start, c.keys.Global.Quit)}
	help := helpLines(c, keys, c.width, min(3, max(1, c.height-1)))
	for len(help) > 1 && help[len(help)-1] == "" {
		help = help[:len(help)-1]
	}
	att := attendeeLines(st, f, inner, true)
	if len(body)+len(att)+1 > c.height-len(help) {
		// A large room side by side, so the agenda line stays in view.
		att = attendeeLines(st, f, inner, false)
	}
	body = append(body, att...)
	name := "default"
	if ag.Name != "" {
		name = inert(ag.Name)
	}
	body = append(body, st.Muted.Render(fmt.Sprintf("Agenda: %s, %d phases, %s planned.", name, len(ag.Phases), fmtDur(ag.Planned()))))
	if where != "" {
		const lead = "Saved as you go to "
		body = append(body, st.Muted.Render(lead+shortenPath(inert(where), max(1, inner-1-len(lead)))))
	}
	if back {
		body = append(body, st.Muted.Render(ansi.Truncate("What was typed here before is back; the flags given now win.", inner-1, "…")))
	}
	if c.height <= len(help) {
		return strings.Join(help[:min(len(help), c.height)], "\n")
	}
	return fill(" "+strings.Join(body, "\n "), c.width, c.height-len(help)) + "\n" + strings.Join(help, "\n")
}

// clip cuts rendered text to at most h lines of at most w cells.
func clip(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(0, h)]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "…")
		}
	}
	return strings.Join(lines, "\n")
}
