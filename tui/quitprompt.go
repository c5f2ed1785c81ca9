package tui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// quitPrompt is what ctrl+c asks while the session file is not taking the
// meeting's changes (the disk is full): quitting then would leave them
// only in memory. It says what is unsaved and where the rescue copy will
// go, and lets the room stay while debrief keeps retrying.
type quitPrompt struct {
	c    *common
	path string
	// dirs are where the rescue copy is tried, in order.
	dirs []string
}

func newQuitPrompt(c *common, path string) *quitPrompt {
	return &quitPrompt{c: c, path: path, dirs: store.RescueDirs(path)}
}

// Update answers the question: quit (q, ctrl+c again) or stay (r, esc).
// Other keys leave it open.
func (q *quitPrompt) Update(msg tea.KeyPressMsg) (quit, stay bool) {
	k := q.c.keys.Unsave
	return key.Matches(msg, k.Quit), key.Matches(msg, k.Stay)
}

// unsavedSummary says what the pending events hold: how many changes,
// how many of them new notes or edits, and since when.
func unsavedSummary(pending []model.Event) string {
	notes, edits := 0, 0
	for _, ev := range pending {
		switch ev.Kind {
		case model.NoteAdded:
			notes++
		case model.NoteEdited:
			edits++
		}
	}
	s := fmt.Sprintf("%d %s", len(pending), plural(len(pending), "change", "changes"))
	var parts []string
	if notes > 0 {
		parts = append(parts, fmt.Sprintf("%d new %s", notes, plural(notes, "note", "notes")))
	}
	if edits > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", edits, plural(edits, "edit", "edits")))
	}
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	if len(pending) > 0 {
		s += " since " + pending[0].At.UTC().Format("15:04:05") + " UTC"
	}
	return s
}

// View draws the question in a box over the meeting screen bg.
func (q *quitPrompt) View(bg string, w, h int, pending []model.Event, saveErr error) string {
	st := q.c.styles
	bw := min(w, 72)
	inner := max(1, bw-st.Pane.GetHorizontalFrameSize())
	var lines []string
	add := func(style lipgloss.Style, text string) {
		for _, l := range wrapText(text, inner) {
			lines = append(lines, style.Render(l))
		}
	}
	k := q.c.keys.Unsave
	if len(pending) == 0 || saveErr == nil {
		add(st.Good, "Everything is saved now, in "+inert(q.path)+".")
		add(st.Muted, k.Quit.Help().Key+": quit · "+k.Stay.Help().Key+": stay in the meeting")
	} else {
		add(st.Error, "Not saved yet: "+unsavedSummary(pending)+".")
		why := saveErr.Error()
		if !strings.Contains(why, q.path) {
			why = q.path + ": " + why
		}
		if errors.Is(saveErr, store.ErrChanged) {
			// Another program has the file now: no retry will write to it,
			// and making room would not help either.
			add(st.Muted, inert(why)+". Trying again will not help.")
			lines = append(lines, "")
			add(st.Help.Key, k.Stay.Help().Key+"  stay in the meeting; nothing is lost while it runs, and quitting later still rescues it all.")
		} else {
			add(st.Muted, inert(why)+". debrief keeps trying every 2 seconds.")
			lines = append(lines, "")
			add(st.Help.Key, k.Stay.Help().Key+"  stay in the meeting; nothing is lost while it runs. Make room, and the next try saves it all.")
		}
		rescue := "the rescue folder"
		if len(q.dirs) > 0 {
			rescue = inert(q.dirs[0])
		}
		also := ""
		if len(q.dirs) > 1 {
			also = " (if that has no room either: " + inert(q.dirs[1]) + ")"
		}
		add(st.Help.Key, k.Quit.Help().Key+"  quit: try the session file again, then write the whole meeting to a rescue copy you can resume, in "+rescue+also+", and say where.")
	}
	box := st.PaneFocused.Width(bw).Render(st.Title.Render("Quit?") + "\n" + strings.Join(lines, "\n"))
	return overlay(bg, box, w, h)
}

// overlay draws box centred over bg, which shows around it.
func overlay(bg, box string, w, h int) string {
	under := strings.Split(fill(bg, w, h), "\n")
	top := strings.Split(box, "\n")
	bw := lipgloss.Width(box)
	bx, by := max(0, (w-bw)/2), max(0, (h-len(top))/2)
	for i, l := range top {
		if by+i >= len(under) {
			break
		}
		u := under[by+i]
		pad := strings.Repeat(" ", max(0, bx-ansi.StringWidth(u)))
		under[by+i] = ansi.Truncate(u, bx, "") + pad + l + ansi.TruncateLeft(u, bx+bw, "")
	}
	return clip(strings.Join(under, "\n"), w, h)
}

// quitKey handles ctrl+c, and every key while the question is open. With
// changes the session file has not taken, ctrl+c asks first (and tries
// to save once more); ctrl+c again, or q, quits.
func (m *Model) quitKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.ask == nil {
		if m.saveErr == nil || len(m.pending) == 0 || m.meeting == nil {
			return m.quit()
		}
		m.ask = newQuitPrompt(m.c, m.opt.Store.Path())
		m.retryWait = false // one more try now
		return m.flush()
	}
	quit, stay := m.ask.Update(msg)
	switch {
	case stay:
		m.ask = nil
		m.meeting.setStatus("still trying to save; ctrl+c asks again", true)
		m.retryWait = false
		return m.flush()
	case quit:
		return m.quit()
	}
	return nil
}
