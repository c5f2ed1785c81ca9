package export

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// draftNote marks a summary debrief wrote itself, so nobody publishes it
// believing a person did.
const draftNote = "_Draft built from the meeting notes; edit in the wrap-up._"

// summary writes the summary set in the wrap-up, or until then a draft
// from what was captured: how long and how badly, what ended it, and how
// much the review found.
func (r *report) summary(b *strings.Builder) {
	b.WriteString("## Summary\n\n")
	if text := escapeBlock(r.s.Summary); text != "" {
		b.WriteString(text)
		b.WriteString("\n\n")
		return
	}
	b.WriteString(draftNote + "\n\n")
	var sentences []string

	what := escapeInline(r.s.Setup.Title)
	if what == "" {
		what = "An incident"
	}
	if svc := escapeInline(r.s.Setup.Service); svc != "" {
		what += " (" + svc + ")"
	}
	if start, end, ok := r.span(); ok && end.After(start) {
		what += fmt.Sprintf(" lasted %s (%s)", minutes(end.Sub(start)), spanText(start, end))
	}
	sentences = append(sentences, what+".")

	// How long and how badly: the two figures a VP reads first.
	var figures []string
	for _, f := range model.ImpactFields {
		if v := escapeInline(r.s.Impact[f.Key]); v != "" && (f.Key == "duration" || f.Key == "error_rate") {
			figures = append(figures, escapeInline(f.Label)+": "+v)
		}
	}
	if len(figures) > 0 {
		sentences = append(sentences, strings.Join(figures, "; ")+".")
	}

	for _, m := range []struct {
		mark model.Marker
		verb string
	}{{model.MarkMitigated, "Mitigated"}, {model.MarkResolved, "Resolved"}} {
		if e, ok := r.marked(m.mark); ok {
			sentences = append(sentences, fmt.Sprintf("%s at %s UTC: %s.%s", m.verb, e.At.Format("15:04"),
				strings.TrimRight(escapeInline(e.Text), "."), r.dismissedMark(e.Note)))
		}
	}

	factors := 0
	r.eachFactor(func(*model.Note) { factors++ })
	sentences = append(sentences, fmt.Sprintf("The review found %s and agreed %s.",
		count(factors, "contributing factor"), count(len(r.items), "action item")))
	b.WriteString(strings.Join(sentences, " "))
	b.WriteString("\n\n")
}

// marked returns the first timed timeline entry carrying mark.
func (r *report) marked(mark model.Marker) (model.TimelineEntry, bool) {
	for _, e := range r.timeline {
		if e.HasTime && slices.Contains(e.Markers, mark) {
			return e, true
		}
	}
	return model.TimelineEntry{}, false
}

// impact writes the figures in the template's order, figures under keys
// debrief does not know (a newer version, a hand-edited file) after them in
// key order, then the impact notes.
func (r *report) impact(b *strings.Builder) {
	b.WriteString("## Impact\n\n")
	var figures []string
	known := map[string]bool{}
	for _, f := range model.ImpactFields {
		known[f.Key] = true
		if v := escapeInline(r.s.Impact[f.Key]); v != "" {
			figures = append(figures, fmt.Sprintf("**%s:** %s", escapeInline(f.Label), v))
		}
	}
	var other []string
	for k := range r.s.Impact {
		if !known[k] {
			other = append(other, k)
		}
	}
	slices.Sort(other)
	for _, k := range other {
		if v := escapeInline(r.s.Impact[k]); v != "" {
			figures = append(figures, fmt.Sprintf("**%s:** %s", orDefault(escapeInline(k), "?"), v))
		}
	}
	var notes []string
	r.phaseNotes(func(_ agenda.Phase, n *model.Note) {
		if n.Section == model.SectionNone {
			notes = append(notes, r.noteText(n))
		}
	}, agenda.CaptureImpact)

	if len(figures) == 0 && len(notes) == 0 {
		b.WriteString("_No impact figures captured._\n\n")
		return
	}
	list(b, figures, "No impact figures captured.")
	if len(notes) > 0 {
		// A paragraph between keeps the two lists from merging into one.
		b.WriteString("Notes:\n\n")
		list(b, notes, "")
	}
}

// timelineSection writes the timed lines as the template's table, the
// lines debrief could not place after it with the reason, and the times to
// detect, mitigate and resolve.
func (r *report) timelineSection(b *strings.Builder) {
	b.WriteString("## Timeline (all times UTC)\n\n")
	layout := "15:04"
	if model.SpansMidnight(r.timeline) {
		layout = "2006-01-02 15:04"
	}
	var rows [][]string
	var untimed []string
	for _, e := range r.timeline {
		if !e.HasTime {
			untimed = append(untimed, fmt.Sprintf("%s (_%s_)%s", escapeInline(e.Text), escapeInline(e.Problem), r.dismissedMark(e.Note)))
			continue
		}
		l := layout
		if e.At.Second() != 0 {
			l += ":05"
		}
		text := escapeInline(e.Text)
		for _, m := range e.Markers {
			text += " _(" + string(m) + ")_"
		}
		rows = append(rows, []string{e.At.Format(l), strings.TrimSpace(text) + r.dismissedMark(e.Note)})
	}
	if len(rows) == 0 {
		b.WriteString("_No timed events captured._\n\n")
	} else {
		table(b, []string{"Time", "Event"}, rows)
	}
	if len(untimed) > 0 {
		b.WriteString("Lines without a time:\n\n")
		list(b, untimed, "")
	}
	// Hard-broken lines like the header's rather than a list, which would
	// merge with the list of lines without a time just above it.
	d := r.durations
	fmt.Fprintf(b, "**Time to detect:** %s \\\n**Time to mitigate:** %s \\\n**Time to resolve:** %s\n\n",
		since(d.TTD, d.HasTTD, d.Started, d.Detected, "#detected"),
		since(d.TTM, d.HasTTM, d.Started, d.Mitigated, "#mitigated"),
		since(d.TTR, d.HasTTR, d.Started, d.Resolved, "#resolved"))
}

// since describes one of the incident's durations, or says which marker
// is missing so the reader knows how to get it.
func since(d time.Duration, ok bool, from, to time.Time, mark string) string {
	switch {
	case ok:
		// Seconds are shown when either end has them, as in the table:
		// "12 minutes 30 seconds (22:05 to 22:17)" reads as a wrong sum.
		layout := "15:04"
		if from.Second() != 0 || to.Second() != 0 {
			layout = "15:04:05"
		}
		return fmt.Sprintf("%s (%s to %s)", minutes(d), from.Format(layout), to.Format(layout))
	case from.IsZero() || to.IsZero():
		return "unknown (mark the timeline with #started and " + mark + ")"
	}
	return "unknown (" + mark + " comes before #started)"
}

// eachFactor calls fn for each contributing factor: notes marked as one in
// any phase, and every plain note of a factors phase, in agenda order.
func (r *report) eachFactor(fn func(n *model.Note)) {
	r.phaseNotes(func(p agenda.Phase, n *model.Note) {
		if n.Section == model.SectionFactor ||
			(p.Capture == agenda.CaptureFactors && n.Section == model.SectionNone) {
			fn(n)
		}
	})
}

// factors writes each contributing factor with its 5-whys chain nested
// under it.
func (r *report) factors(b *strings.Builder) {
	b.WriteString("## Contributing Factors\n\n")
	found := false
	r.eachFactor(func(n *model.Note) {
		found = true
		kind := ""
		if k := r.s.FactorKinds[n.ID]; k != "" {
			kind = " _(" + escapeInline(k) + ")_"
		}
		fmt.Fprintf(b, "- %s%s\n", r.noteText(n), kind)
		r.whys(b, n.ID, 1)
	})
	if !found {
		b.WriteString("_No contributing factors captured._\n")
	}
	b.WriteByte('\n')
}

// whys writes the whys under note id, and theirs, indented one level per
// step of the chain.
func (r *report) whys(b *strings.Builder, id, depth int) {
	for _, w := range r.s.Whys(id) {
		n, ok := r.s.Note(w)
		if !ok {
			continue
		}
		fmt.Fprintf(b, "%s- Why? %s\n", strings.Repeat("  ", depth), r.noteText(n))
		r.whys(b, w, depth+1)
	}
}

// actionItems writes the template's table with priority and type added.
func (r *report) actionItems(b *strings.Builder) {
	b.WriteString("## Action Items\n\n")
	if len(r.items) == 0 {
		b.WriteString("_No action items captured._\n\n")
		return
	}
	rows := make([][]string, 0, len(r.items))
	tracked := r.followedUp()
	for i, a := range r.items {
		due := ""
		if !a.Due.IsZero() {
			due = a.Due.Format(time.DateOnly)
		}
		row := []string{fmt.Sprint(i + 1), escapeInline(a.What) + r.dismissedMark(a.Note), escapeInline(a.Owner), due,
			escapeInline(r.s.TicketOf(a)), escapeInline(a.Priority), escapeInline(a.Type)}
		if tracked {
			row = append(row, r.s.Tracking(a.Note).Status)
		}
		rows = append(rows, row)
	}
	header := []string{"#", "What", "Owner", "Due", "Ticket", "Priority", "Type"}
	if tracked {
		header = append(header, "Status")
	}
	table(b, header, rows)
}

// lessons writes what went well, what went poorly (the notes not made
// factors) and where we got lucky.
func (r *report) lessons(b *strings.Builder) {
	var well, poorly, lucky []string
	factored := 0 // notes of the "what went poorly" phase moved to Contributing Factors
	r.phaseNotes(func(p agenda.Phase, n *model.Note) {
		switch {
		case n.Section == model.SectionLucky:
			lucky = append(lucky, r.noteText(n))
		case n.Section != model.SectionNone:
			if p.Capture == agenda.CapturePoorly && (n.Section == model.SectionFactor || n.Section == model.SectionWhy) {
				factored++
			}
		case p.Capture == agenda.CaptureWell:
			well = append(well, r.noteText(n))
		case p.Capture == agenda.CapturePoorly:
			poorly = append(poorly, r.noteText(n))
		case p.Capture == agenda.CaptureLucky:
			lucky = append(lucky, r.noteText(n))
		}
	})
	b.WriteString("## Lessons Learned\n\n")
	poorlyNone := "None captured."
	if factored > 0 {
		// "None captured" would read as nothing having gone poorly.
		poorlyNone = "Each is listed under Contributing Factors."
	}
	for _, l := range []struct {
		title, none string
		items       []string
	}{{"What went well", "None captured.", well}, {"What went poorly", poorlyNone, poorly},
		{"Where we got lucky", "None captured.", lucky}} {
		fmt.Fprintf(b, "**%s:**\n\n", l.title)
		list(b, l.items, l.none)
	}
}

// count writes "1 action item" or "3 action items".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
