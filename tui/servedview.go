package tui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
)

// badge is the header's right-hand side in a served meeting: who this
// screen is and what it may do.
func (sv *served) badge(st Styles) string {
	if sv.Access == model.Viewer {
		return st.Mode.Render(" VIEWER · read-only ")
	}
	return st.Mode.Render(" " + inert(sv.Name) + " · " + sv.Access.String() + " ")
}

// under puts the presence line under the screen s; outside a served
// meeting s is left as it is.
func (sv *served) under(s string, c *common) string {
	if sv == nil || c.width < 1 {
		return s
	}
	// The screen is already cut to size: it only needs padding to keep
	// the presence line on the last row.
	if pad := c.height - strings.Count(s, "\n") - 1; pad > 0 {
		s += strings.Repeat("\n", pad)
	}
	if sv.keysLine != "" {
		return s + "\n" + sv.keysLine + "\n" + sv.line // one copy of the frame
	}
	return s + "\n" + sv.line
}

// view is the root's frame in the alternate screen; once the host has
// ended the meeting it is a last word left in the person's terminal.
func (sv *served) view(s string) tea.View {
	if sv != nil && sv.ended {
		return tea.NewView("debrief: the host ended the meeting; every note is saved.\n")
	}
	v := tea.NewView(s)
	v.AltScreen = true
	return v
}

// redraw works the presence line and the badge out again for the common
// size, styles and role; the root calls it when they change.
func (sv *served) redraw(c *common) {
	if sv != nil {
		sv.line = sv.presenceLine(c.styles, c.width)
		sv.mark = sv.badge(c.styles)
	}
}

// relayout draws everything under the meeting view again for a new
// size, styles or role: the presence line, the badge and a viewer's help
// line, which the meeting view leaves out with the note box.
func (sv *served) relayout(m *Model) {
	if sv == nil {
		return
	}
	c := m.c
	sv.redraw(c)
	sv.keysLine = ""
	if sv.Access == model.Viewer {
		g := c.keys.Global
		var scroll key.Binding
		if m.meeting != nil {
			scroll = readScrollHelp(m.meeting)
		}
		sv.keysLine = helpLines(c, keyHelp{short: []key.Binding{scroll, g.Help, g.Quit}}, c.width, 1)[0]
	}
}

// presenceLine says who is connected, their role and who is typing; a
// write failure on the host, or a refusal for a viewer, takes its place.
// It is cut between people, never inside a name, saying how many more.
func (sv *served) presenceLine(st Styles, w int) string {
	if sv.picker.open {
		return sv.pickerLine(st, w)
	}
	if sv.warning != "" {
		return st.Error.Render(shortenAtWord("host: "+inert(sv.warning), w))
	}
	line := fmt.Sprintf("%d here: ", len(sv.people))
	if sv.Host && sv.Hint != "" {
		line = sv.Hint + " · " + line // the room needs it all meeting long
	}
	if sv.Access == model.Viewer && sv.notice != "" {
		line = sv.notice + " · " + line
	}
	// With fifty people the line is far wider than the screen: names past
	// its edge are not measured, only as many as show.
	var b strings.Builder
	b.WriteString(line)
	width := ansi.StringWidth(line)
	for i, p := range sv.people {
		s := inert(p.Name) + " " + p.Access.String()
		if p.Drafting {
			s += " ✎ typing"
		}
		if i > 0 {
			s = " · " + s
		}
		sw := ansi.StringWidth(s)
		// rest is how wide " · +N more" would be, had the line to stop
		// after this person: 9 cells and N's digits.
		rest := 0
		if left := len(sv.people) - i - 1; left > 0 {
			rest = 9 + len(strconv.Itoa(left))
		}
		if width+sw+rest > w {
			if i == 0 {
				// Not one name fits: the count alone says it.
				return st.Muted.Render(shortenAtWord(strings.TrimSuffix(line, ": "), w))
			}
			b.WriteString(fmt.Sprintf(" · +%d more", len(sv.people)-i))
			break
		}
		b.WriteString(s)
		width += sw
	}
	return st.Muted.Render(shortenAtWord(b.String(), w))
}

// brokenScreen tells a person their screen could not be built, and lets
// them leave.
type brokenScreen struct{ err error }

func (b brokenScreen) Init() tea.Cmd { return nil }

func (b brokenScreen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		return b, tea.Quit
	}
	return b, nil
}

func (b brokenScreen) View() tea.View {
	return tea.NewView("debrief: the meeting cannot be shown: " + inert(b.err.Error()) + "\npress any key to leave")
}

// byline names a note's author in the notes list, "" for a note written
// at a single keyboard: in a served meeting, who wrote what is what lets a
// participant find the notes they may change.
func byline(n *model.Note) string {
	if n.Author == "" {
		return ""
	}
	return "  — " + inert(n.Author)
}
