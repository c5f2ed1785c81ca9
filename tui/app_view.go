package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// View draws the current screen. It reads only what Update worked out.
func (m *Model) View() tea.View {
	c := m.c
	var s string
	switch {
	case c.width < 1 || c.height < 1:
	case m.helpOpen():
		s = m.help.View()
	case m.preview != nil:
		s = clip(m.preview.View(c.width, c.height)+"\n"+helpLines(c, previewKeys(c.keys), c.width, previewHelp)[0], c.width, c.height)
	case m.setup != nil:
		s = setupView(c, m.setup, m.agenda(), sessionPath(m), m.keep.back)
	default:
		s = m.meeting.View(viewOptions{saveState: m.saveState(), noInput: m.meeting.noInput})
		if m.ask != nil && !m.quitting {
			s = m.ask.View(s, c.width, c.height, m.pending, m.saveErr)
		}
	}
	s = m.served.under(s, c)
	v := m.served.view(s)
	v.WindowTitle = "debrief"
	if t := m.state.Setup.Title; t != "" {
		v.WindowTitle += ": " + clean(t, false)
	}
	return v
}

// previewKeys is the preview's help line: short enough for 80 columns
// with how to close it and, as on every screen, how to quit or leave.
func previewKeys(k keyMap) keyHelp {
	scroll := bind("↑/↓ pgup/pgdn", "scroll", "up", "down", "pgup", "pgdown")
	return keyHelp{short: []key.Binding{scroll, k.Pager.Close, k.Global.Quit}}
}

func (m *Model) saveState() string {
	st := m.c.styles
	switch {
	case m.served != nil:
		return m.served.mark
	case m.opt.Store == nil:
		return ""
	case m.saveErr != nil:
		return st.Error.Render("✗ not saved: " + m.saveErr.Error())
	case len(m.pending) > 0:
		return st.Unsaved.Render("● saving")
	}
	return st.Saved.Render("● saved")
}

// startExport writes the postmortem and opens its preview.
func (m *Model) startExport() tea.Cmd {
	if m.opt.Export == nil || len(m.events) == 0 {
		return nil
	}
	m.meeting.setStatus("exporting…", false)
	return exportCmd(m.opt.Export, m.events, m.c.now)
}

func (m *Model) onExported(msg exportedMsg) tea.Cmd {
	if msg.err != nil {
		m.meeting.setStatus("export failed: "+msg.err.Error(), true)
		return nil
	}
	m.meeting.setStatus("exported to ", false)
	m.meeting.statusPath = msg.path
	m.preview = newPreview(m.c, msg.markdown, msg.path)
	return m.preview.render()
}

// sessionPath is the session file this screen writes, or "" when it
// writes none (a served meeting's hub writes the log).
func sessionPath(m *Model) string {
	if m.opt.Store == nil || m.served != nil {
		return ""
	}
	return m.opt.Store.Path()
}
