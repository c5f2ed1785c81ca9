package tui

import (
	"fmt"
	"strings"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// LiveLines say what the phase's parser makes of the text being typed,
// in one line; a flagged text is shown by flagBlock instead.
func (m *composer) LiveLines() []string {
	st := m.c.styles
	text := strings.TrimSpace(m.box.Value())
	if text == "" || m.target == model.DraftSummary {
		return nil
	}
	if m.target == model.DraftNote && strings.Contains(text, "\n") {
		switch m.ctx.capture {
		case agenda.CaptureTimeline, agenda.CaptureActions:
			if p := m.blockPreview(text); p != "" {
				return []string{p}
			}
		}
	}
	switch m.ctx.capture {
	case agenda.CaptureTimeline:
		e := model.ParseTimeline(text, m.ctx.date, m.ctx.zone)
		if !e.HasTime && m.target == model.DraftImported && e.Problem == model.ProblemNoTime {
			return []string{st.Notes.Hint.Render("ⓘ the row keeps its time; HH:MM first moves it")}
		}
		if !e.HasTime {
			return []string{st.Notes.Hint.Render("ⓘ " + e.Problem + ": start with HH:MM")}
		}
		s := "→ " + e.At.UTC().Format("2006-01-02 15:04:05") + " UTC"
		for _, mk := range e.Markers {
			s += " · #" + string(mk)
		}
		return []string{st.Good.Render(s)}
	case agenda.CaptureActions:
		if m.target == model.DraftWhy {
			return nil
		}
		return []string{actionPreview(st, model.ParseAction(text, m.ctx.meeting))}
	case agenda.CaptureImpact:
		if h := model.ImpactHint(text); h != "" {
			return []string{st.Notes.Hint.Render("ⓘ " + h)}
		}
	}
	if m.target == model.DraftWhy || m.ctx.capture == agenda.CaptureFactors {
		if h := model.FactorHint(text); h != "" {
			return []string{st.Notes.Hint.Render("ⓘ " + h)}
		}
	}
	return nil
}

func actionPreview(st Styles, it model.ActionItem) string {
	field := func(name, v string) string {
		if v == "" {
			return st.Warn.Render(name + " ?")
		}
		return st.Good.Render(inert(v))
	}
	parts := []string{field("owner", it.Owner), field("due", dueText(it)), field("ticket", it.Ticket),
		field("priority", it.Priority), field("type", typeText(it))}
	s := "→ " + strings.Join(parts, st.Muted.Render(" · "))
	if len(it.Problems) > 0 {
		s += "  " + st.Error.Render(it.Problems[0])
	}
	return s
}

// blockPreview says what enter makes of a pasted block in the timeline or
// action-item phase: one note per line, so the line under the box does
// not describe the block as one row with the first line's time.
func (m *composer) blockPreview(text string) string {
	st := m.c.styles
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) < 2 {
		return ""
	}
	what := "action items"
	if m.ctx.capture == agenda.CaptureTimeline {
		what = "timeline rows"
		var times []string
		for i, l := range lines {
			e := model.ParseTimeline(l, m.ctx.date, m.ctx.zone)
			if !e.HasTime {
				return st.Notes.Hint.Render(fmt.Sprintf("ⓘ enter adds %d %s, one per line; line %d has no time: start it with HH:MM", len(lines), what, i+1))
			}
			times = append(times, e.At.UTC().Format("15:04"))
		}
		return st.Good.Render(fmt.Sprintf("→ enter adds %d %s, one per line (%s UTC)", len(lines), what, strings.Join(times, ", ")))
	}
	return st.Good.Render(fmt.Sprintf("→ enter adds %d %s, one per line", len(lines), what))
}
