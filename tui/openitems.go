package tui

import (
	"fmt"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// maxOpenItems is how many open items the opening phase lists; more is a
// matter for `debrief actions`, which the last line names.
const maxOpenItems = 8

// openingLines are the action items earlier reviews of this service left
// open, overdue ones marked, for the opening phase: the room starts by
// seeing what it promised last time. Nothing when the service has none
// or there is no archive.
func (p *rhymePane) openingLines(w int) []string {
	if p == nil || p.link.service == "" || p.link.answered != p.link.service {
		return nil
	}
	st := p.c.styles
	l := &p.link
	if l.itemErr != nil {
		return []string{st.Error.Render(ansi.Truncate("open action items: "+inert(l.itemErr.Error()), w, "…"))}
	}
	service := inert(l.service)
	if len(l.items) == 0 {
		return []string{st.Muted.Render(ansi.Truncate("No open action items from earlier "+service+" reviews.", w, "…")), ""}
	}
	overdue := 0
	for _, it := range l.items {
		if it.Overdue {
			overdue++
		}
	}
	head := fmt.Sprintf("Open action items from earlier %s reviews: %d, %d overdue", service, len(l.items), overdue)
	var out []string
	for _, s := range wrapText(head, w) {
		out = append(out, st.PaneTitle.Render(s))
	}
	for i, it := range l.items {
		if i == maxOpenItems {
			out = append(out, st.Muted.Render(ansi.Truncate(fmt.Sprintf("  and %d more: debrief actions --service %s", len(l.items)-i, service), w, "…")))
			break
		}
		mark, style := "· ", st.Notes.Text
		when := "no due date"
		if !it.Due.IsZero() {
			when = "due " + it.Due.Format(time.DateOnly)
		}
		if it.Overdue {
			mark, style = "⚠ ", st.Warn
			when = fmt.Sprintf("%d %s overdue", it.DaysOverdue, plural(it.DaysOverdue, "day", "days"))
		}
		owner := it.Owner
		if owner == "" {
			owner = "no owner"
		}
		text := fmt.Sprintf("%s · %s · %s (from %q)", it.What, owner, when, it.Title)
		for j, s := range wrapText(inert(text), max(1, w-gutterW)) {
			lead := "  "
			if j == 0 {
				lead = mark
			}
			out = append(out, style.Render(lead+s))
		}
	}
	return append(out, "")
}
