package tui

import (
	"fmt"
	"strings"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// LiveLines explain the text being typed, in at most two lines: its flag
// and the blameless way to say it, or what the phase's parser makes of it.
func (m *composer) LiveLines() []string {
	st := m.c.styles
	if len(m.findings) > 0 {
		return m.flagLines(m.findings[0], len(m.findings)-1)
	}
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

// flagLines is the flag on the text being typed: what is wrong, the
// rewrite tab takes, and the question to ask the room.
func (m *composer) flagLines(f phrasing.Finding, more int) []string {
	st := m.c.styles
	first := "⚑ " + st.Box.Category.Render(f.Category) + " " + st.Notes.Flag.Render(f.Message)
	if more > 0 {
		first += st.Muted.Render(fmt.Sprintf("  (+%d more)", more))
	}
	var second string
	if f.Suggestion != "" {
		second = st.Muted.Render("  → ") + st.Box.Suggestion.Render(inert(f.Suggestion))
		if f.Replacement != "" {
			second += st.Muted.Render("  (tab takes it)")
		}
	}
	lines := []string{first}
	if second != "" {
		lines = append(lines, second)
	}
	// The question for the room comes after the rewrite: the screen shows
	// it where the window has a line for it, and the notes list shows it
	// under the committed note.
	if f.Question != "" {
		lines = append(lines, st.Muted.Render("  ask the room: ")+st.Box.Suggestion.Render(inert(f.Question)))
	}
	return lines
}

// question is what to ask the room about the text being typed, if it is
// flagged.
func (m *composer) question() string {
	if len(m.findings) == 0 {
		return ""
	}
	return m.findings[0].Question
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
