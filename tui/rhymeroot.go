package tui

import (
	"path"
	"path/filepath"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// attach gives a new meeting screen the pane and the opening phase its
// open action items.
func (p *rhymePane) attach(s *meetingScreen) {
	s.rhymes = p
	s.list.opening = p.openingLines
}

// update takes what the archive's commands found: the archive opened, a
// debounce tick, rhymes, open items, or a postmortem, which it returns for
// the root to show in the preview.
func (p *rhymePane) update(msg archiveMsg, st *model.State, s *meetingScreen) (tea.Cmd, *postmortemMsg) {
	l := &p.link
	var show *postmortemMsg
	switch msg := msg.(type) {
	case archiveOpenedMsg:
		l.opened(msg)
	case rhymeTickMsg:
		if s != nil {
			return l.lookup(msg, st, s.box.box.Value()), nil
		}
	case rhymesMsg:
		if !l.answer(msg) {
			return nil, nil // overtaken by a newer lookup
		}
		p.sel = max(0, min(p.sel, len(l.rhymes)-1))
	case openItemsMsg:
		if msg.service != l.service {
			return nil, nil
		}
		l.items, l.itemErr, l.answered = msg.items, msg.err, msg.service
	case postmortemMsg:
		if p.guest {
			// The preview names what a guest may know: the title.
			rel := msg.path
			msg.path = msg.title
			if msg.path == "" {
				msg.path = path.Base(rel)
			}
		}
		if msg.err != nil {
			if s != nil {
				why := inert(msg.err.Error())
				if p.guest {
					why = "the host could not read it"
				}
				s.setStatus("cannot open "+inert(msg.path)+": "+why, true)
			}
			break
		}
		if l.ar != nil && !p.guest {
			msg.path = filepath.Join(l.ar.Top(), filepath.FromSlash(msg.path))
		}
		show = &msg
	}
	if s != nil {
		s.list.refresh()
		s.refresh()
	}
	return nil, show
}
