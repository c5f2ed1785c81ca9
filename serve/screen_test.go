package serve

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// testScreen stands in for the meeting screen: it folds the hub's events
// and shows the number of notes, the last one, its draft and the last
// notice. It knows nothing of roles: what it may not do, the hub refuses.
type testScreen struct {
	c      Client
	state  *model.State
	draft  string
	notice string
	people []Presence
	w, h   int
	access model.Access
	// resizes counts the window changes the screen was given.
	resizes int
}

func newTestScreen(c Client) tea.Model {
	if c.Name == "crasher" {
		panic("a screen that cannot be built")
	}
	st, err := model.Fold(c.Events)
	if err != nil {
		panic(err)
	}
	return &testScreen{c: c, state: st, draft: c.Draft, w: c.Width, h: c.Height, access: c.Access}
}

func (m *testScreen) Init() tea.Cmd { return nil }

func (m *testScreen) phase() string {
	if p, ok := m.state.Phase(); ok {
		return p.ID
	}
	return "well"
}

// lastNote is the note added last: the hub numbers notes in the order it
// takes them.
func (m *testScreen) lastNote() (*model.Note, bool) {
	for id := m.state.NextNoteID() - 1; id > 0; id-- {
		if n, ok := m.state.Note(id); ok {
			return n, true
		}
	}
	return nil, false
}

func (m *testScreen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case EventsMsg:
		for _, ev := range msg.Events {
			if err := m.state.Apply(ev); err != nil {
				m.notice = "FOLD: " + err.Error()
			}
		}
	case PresenceMsg:
		m.people = msg.People
	case NoticeMsg:
		m.notice = msg.Text
	case AccessMsg:
		m.access = msg.Access
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.resizes++
	case tea.PasteMsg:
		m.draft += msg.Content
		return m, m.c.Link.Draft(m.draft)
	case tea.KeyPressMsg:
		switch msg.String() {
		case "ctrl+c":
			return m, tea.Quit
		case "ctrl+x":
			panic("a bug in one person's screen")
		case "enter":
			ev := model.Event{Kind: model.NoteAdded, Note: m.state.NextNoteID(), Phase: m.phase(), Text: m.draft}
			m.draft = ""
			return m, tea.Batch(m.c.Link.Submit(ev), m.c.Link.Draft(""))
		case "ctrl+n":
			next := m.state.Current + 1
			if next < len(m.state.Agenda.Phases) {
				return m, m.c.Link.Submit(model.Event{Kind: model.PhaseStarted, Phase: m.state.Agenda.Phases[next].ID})
			}
		case "ctrl+e":
			if n, ok := m.lastNote(); ok {
				text := m.draft
				m.draft = ""
				return m, tea.Batch(m.c.Link.Submit(model.Event{Kind: model.NoteEdited, Note: n.ID, Text: text}), m.c.Link.Draft(""))
			}
		default:
			if msg.Text != "" {
				m.draft += msg.Text
				return m, m.c.Link.Draft(m.draft)
			}
		}
	}
	return m, nil
}

func (m *testScreen) View() tea.View {
	last := "-"
	if n, ok := m.lastNote(); ok {
		last = n.Text + " by " + n.Author
	}
	var typing []string
	for _, p := range m.people {
		if p.Drafting {
			typing = append(typing, p.Name)
		}
	}
	draft := m.draft
	if len(draft) > 40 {
		draft = fmt.Sprintf("%d bytes", len(draft))
	}
	lines := []string{
		fmt.Sprintf("%s %s size %dx%d resizes %d.", m.c.Name, m.access, m.w, m.h, m.resizes),
		fmt.Sprintf("notes %d phase %s", m.state.NoteCount(), m.phase()),
		"last " + last,
		"draft " + draft,
		"notice " + m.notice,
		fmt.Sprintf("people %d typing %s", len(m.people), strings.Join(typing, ",")),
	}
	for i := range lines {
		if len(lines[i]) > m.w && m.w > 0 {
			lines[i] = lines[i][:m.w]
		}
	}
	v := tea.NewView(strings.Join(lines, "\n"))
	v.AltScreen = true
	return v
}
