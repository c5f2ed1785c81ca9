// Package export turns a folded session into the postmortem: Markdown in
// the canonical template's order (seed 002) followed by what only debrief
// knows, the action items as YAML for trackers, and the way back from an
// exported postmortem to its events. Every function is pure: no I/O and no
// clock, so a meeting still running is exported as of Options.Now.
package export

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// Options tune an export.
type Options struct {
	// Now is the time a meeting still in progress is measured to; the zero
	// time means the session's last event, so a finished meeting exports
	// the same way whenever it is exported.
	Now time.Time
	// Checker finds the phrasing flags listed in the meeting section; nil
	// means the default rules with the attendees' names.
	Checker *phrasing.Checker
	// Publish writes the form a team shares beyond the room: the notes as
	// the room left them, the flags as counts without the words that were
	// flagged, and no meeting record, so wording the room rewrote is not
	// republished. The full form (the default) keeps the record for replay.
	Publish bool
	// Authors signs each note with who wrote it, where the log says (a
	// served meeting records authors). The caller decides: the room's own
	// record shows them, the published form hides them by default, as
	// blameless practice advises.
	Authors bool
}

// report holds what several sections need, computed once per export.
type report struct {
	s           *model.State
	events      []model.Event
	now         time.Time
	checker     *phrasing.Checker
	publish     bool
	showAuthors bool

	timeline  []model.TimelineEntry
	durations model.Durations
	items     []model.ActionItem
}

func newReport(s *model.State, events []model.Event, opt Options) *report {
	r := &report{s: s, events: events, now: opt.Now, checker: opt.Checker, publish: opt.Publish, showAuthors: opt.Authors}
	if r.now.IsZero() {
		r.now = s.LastAt
	}
	if r.checker == nil {
		r.checker = phrasing.NewChecker(phrasing.DefaultRules(), s.Setup.Names())
	}
	r.timeline = s.Timeline()
	r.durations = model.TimelineDurations(r.timeline)
	r.items = s.ActionItems()
	return r
}

// Markdown renders the postmortem for s, whose events are events (they go
// into the meeting record verbatim, so the document alone can be replayed).
// The output is valid GitHub-flavoured Markdown whatever the notes hold, and
// the same session always renders to the same bytes.
func Markdown(s *model.State, events []model.Event, opt Options) string {
	r := newReport(s, events, opt)
	var b strings.Builder
	// The record alone is some 200 bytes an event; the sections about as much.
	b.Grow(4096 + 400*len(events))
	r.header(&b)
	r.summary(&b)
	r.impact(&b)
	r.timelineSection(&b)
	r.factors(&b)
	r.actionItems(&b)
	r.lessons(&b)
	r.meeting(&b)
	if opt.Publish {
		b.WriteString("_Published form: the meeting record, with the notes as first typed, stays in the session file._\n")
	} else {
		r.record(&b)
	}
	return b.String()
}

// header writes the title line and the template's fields. Each field ends
// with a backslash, Markdown's visible hard line break, so they render on
// lines of their own as in the template without relying on trailing spaces
// that editors strip.
func (r *report) header(b *strings.Builder) {
	su := r.s.Setup
	sev := string(su.Severity)
	if sev == "" {
		sev = "SEV-?"
	}
	service := orDefault(escapeInline(su.Service), "Unknown service")
	title := orDefault(escapeInline(su.Title), "Untitled incident")
	fmt.Fprintf(b, "## [%s] %s: %s\n\n", escapeInline(sev), service, title)

	status := su.Status
	switch {
	case status != "":
	case !r.durations.Resolved.IsZero():
		status = model.IncidentResolved
	default:
		status = model.IncidentMonitoring
	}
	fields := [][2]string{
		{"Date", r.incidentDate()},
		{"Duration", r.duration()},
		{"Severity", orDefault(escapeInline(string(su.Severity)), "not set")},
		{"Status", status},
		{"Authors", orDefault(r.authors(), "not recorded")},
		{"Review meeting", r.meetingStart().UTC().Format("2006-01-02 15:04") + " UTC"},
	}
	if r.s.Trigger != "" {
		fields = append(fields, [2]string{"Trigger", escapeInline(r.s.Trigger)})
	}
	for i, f := range fields {
		fmt.Fprintf(b, "**%s:** %s", f[0], f[1])
		if i < len(fields)-1 {
			b.WriteString(` \`)
		}
		b.WriteByte('\n')
	}
	b.WriteString("\n---\n\n")
}

// incidentDate is the setup's date, else the first dated timeline line.
func (r *report) incidentDate() string {
	if d := r.s.Setup.IncidentDate; d != "" {
		return escapeInline(d)
	}
	if start, _, ok := r.span(); ok {
		return start.Format(time.DateOnly)
	}
	return "unknown"
}

// span is the incident's start and end: the #started and #resolved lines,
// else the first and last timed lines.
func (r *report) span() (start, end time.Time, ok bool) {
	start, end = r.durations.Started, r.durations.Resolved
	for _, e := range r.timeline {
		if !e.HasTime {
			continue
		}
		if start.IsZero() {
			start = e.At
		}
		if r.durations.Resolved.IsZero() {
			end = e.At // the entries are sorted, so the last one wins
		}
	}
	return start, end, !start.IsZero() && !end.IsZero() && !end.Before(start)
}

// duration is the template's "HH:MM UTC to HH:MM UTC (N minutes)", with
// dates when the incident crossed midnight.
func (r *report) duration() string {
	start, end, ok := r.span()
	if !ok || !end.After(start) {
		// One timed line (or all at one minute) is no duration: "0
		// minutes" would say the incident took no time at all.
		return "unknown"
	}
	return fmt.Sprintf("%s (%s)", spanText(start, end), minutes(end.Sub(start)))
}

// spanText is "09:14 UTC to 09:45 UTC", with dates when the span crosses
// midnight.
func spanText(start, end time.Time) string {
	layout := "15:04"
	if start.YearDay() != end.YearDay() || start.Year() != end.Year() {
		layout = "2006-01-02 15:04"
	}
	return start.Format(layout) + " UTC to " + end.Format(layout) + " UTC"
}

// authors are the postmortem owners and scribes, who write the document;
// without them, everyone who attended.
func (r *report) authors() string {
	su := r.s.Setup
	names := append(su.WithRole(model.RoleOwner), su.WithRole(model.RoleScribe)...)
	if len(names) == 0 {
		names = su.Names()
	}
	esc := make([]string, 0, len(names))
	for _, n := range names {
		if n = escapeInline(n); n != "" {
			esc = append(esc, n)
		}
	}
	return strings.Join(esc, ", ")
}

// meetingStart is when the first phase began, else when the session was
// created (a meeting exported from its setup screen).
func (r *report) meetingStart() time.Time {
	for _, ev := range r.events {
		if ev.Kind == model.PhaseStarted {
			return ev.At
		}
	}
	return r.s.Created
}

// phaseNotes calls fn for each live top-level note of the phases whose
// capture is one of captures (every phase when none is given), in agenda
// order.
func (r *report) phaseNotes(fn func(p agenda.Phase, n *model.Note), captures ...agenda.Capture) {
	for _, p := range r.s.Agenda.Phases {
		if len(captures) > 0 && !slices.Contains(captures, p.Capture) {
			continue
		}
		for _, id := range r.s.Notes(p.ID) {
			if n, ok := r.s.Note(id); ok {
				fn(p, n)
			}
		}
	}
}

// minutes writes a duration the way the template does, "31 minutes",
// keeping seconds only when there are some.
func minutes(d time.Duration) string {
	d = d.Round(time.Second)
	m, sec := int(d/time.Minute), int(d%time.Minute/time.Second)
	unit := func(n int, one string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %ss", n, one)
	}
	switch {
	case sec == 0:
		return unit(m, "minute")
	case m == 0:
		return unit(sec, "second")
	}
	return unit(m, "minute") + " " + unit(sec, "second")
}

// clock formats a meeting duration as M:SS, with a sign when asked.
func clock(d time.Duration, signed bool) string {
	d = d.Round(time.Second)
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	} else if signed {
		sign = "+"
	}
	return fmt.Sprintf("%s%d:%02d", sign, int(d/time.Minute), int(d%time.Minute/time.Second))
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// list writes items as a bullet list, or placeholder in italics when
// there are none, followed by a blank line.
func list(b *strings.Builder, items []string, placeholder string) {
	if len(items) == 0 {
		fmt.Fprintf(b, "_%s_\n\n", placeholder)
		return
	}
	for _, it := range items {
		fmt.Fprintf(b, "- %s\n", it)
	}
	b.WriteByte('\n')
}

// table writes a GFM table; cells must already be escaped.
func table(b *strings.Builder, header []string, rows [][]string) {
	row := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" ")
			b.WriteString(c)
			b.WriteString(" |")
		}
		b.WriteByte('\n')
	}
	row(header)
	b.WriteString("|")
	for range header {
		b.WriteString("---|")
	}
	b.WriteByte('\n')
	for _, cells := range rows {
		row(cells)
	}
	b.WriteByte('\n')
}
