package serve

import (
	"runtime/debug"
	"slices"
	"sync"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// Identity is who is on the other end of a link.
type Identity struct {
	// Name signs their notes; Fingerprint is their key's SHA256
	// fingerprint, under which their draft is kept.
	Name        string
	Fingerprint string
	Access      model.Access
}

// Presence is one connected person as the others see them.
type Presence struct {
	ID     int
	Name   string
	Access model.Access
	// Drafting is true while they have an uncommitted draft: typing.
	Drafting bool
}

// EventsMsg carries events every screen folds, in order, each once.
type EventsMsg struct{ Events []model.Event }

// PresenceMsg is who is connected now, in the order they joined, and a
// warning for everyone ("" when all is well).
type PresenceMsg struct {
	People  []Presence
	Warning string
}

// NoticeMsg tells one person why a change of theirs was not recorded.
type NoticeMsg struct{ Text string }

// AccessMsg tells a person their role changed.
type AccessMsg struct{ Access model.Access }

// maxNotices bounds the notices kept for a screen that is behind.
const maxNotices = 8

// Link joins one screen to the hub. The screen sends its changes with
// Submit and Draft (both tea.Cmds, as they hand off to another
// goroutine); the link delivers EventsMsg, PresenceMsg, NoticeMsg and
// AccessMsg to its program. Delivery coalesces: a screen that is behind
// gets everything it missed in one EventsMsg and only the latest
// presence, and never holds up the hub or anyone else.
type Link struct {
	hub   *Hub
	id    int
	awake chan struct{}
	gone  chan struct{}

	// out holds submitted changes and draft the latest draft, set when
	// the screen calls Submit or Draft, in its Update: the tea.Cmds that
	// carry them on run in any order, so they carry no data.
	outMu sync.Mutex
	out   [][]model.Event
	draft string

	// Guarded by hub.mu.
	ident    Identity
	notices  []string
	accessV  int
	left     bool
	sent     int // events handed to the program (pump goroutine)
	presSeen int
	accSeen  int
}

// Join connects a screen for ident. It returns the link, the events so
// far (the screen folds them, then each EventsMsg after) and the draft
// ident left uncommitted last time, "" for none.
func (h *Hub) Join(ident Identity) (*Link, []model.Event, string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.nextID++
	l := &Link{hub: h, id: h.nextID, ident: ident, awake: make(chan struct{}, 1), gone: make(chan struct{}),
		sent: len(h.log), presSeen: -1}
	h.links[l.id] = l
	h.presVer++
	h.wakeLocked()
	return l, slices.Clip(h.log), h.drafts[ident.Fingerprint]
}

// ID is the link's number in the presence list.
func (l *Link) ID() int { return l.id }

// Identity is who the link is, with their current access.
func (l *Link) Identity() Identity {
	l.hub.mu.RLock()
	defer l.hub.mu.RUnlock()
	return l.ident
}

// Submit sends changes to the hub. They come back to every screen, this
// one included, as an EventsMsg once recorded, with the hub's seq, time,
// author and note ids; a refusal comes back as a NoticeMsg.
func (l *Link) Submit(evs ...model.Event) tea.Cmd {
	l.outMu.Lock()
	l.out = append(l.out, evs)
	l.outMu.Unlock()
	return func() tea.Msg {
		l.hub.submit(l)
		return nil
	}
}

// outbox takes the changes submitted so far, oldest first.
func (l *Link) outbox() [][]model.Event {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	out := l.out
	l.out = nil
	return out
}

// Draft tells the hub what is typed but not yet committed: it is kept
// for this key should the connection drop, and others see the person as
// typing while it is not empty.
func (l *Link) Draft(text string) tea.Cmd {
	l.outMu.Lock()
	l.draft = text
	l.outMu.Unlock()
	return func() tea.Msg {
		l.hub.setDraft(l)
		return nil
	}
}

// Promote changes the access of the person on link id; only a
// facilitator may.
func (l *Link) Promote(id int, a model.Access) tea.Cmd {
	return func() tea.Msg {
		l.hub.promote(l, id, a)
		return nil
	}
}

// Leave disconnects the link; its draft is kept for the same key.
func (l *Link) Leave() {
	h := l.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	if l.left {
		return
	}
	l.left = true
	close(l.gone)
	delete(h.links, l.id)
	h.presVer++
	h.wakeLocked()
}

// Deliver hands the hub's news to p until the link leaves. It is the
// only goroutine that waits on p, so a slow screen slows itself alone.
func (l *Link) Deliver(p *tea.Program) {
	defer func() {
		if r := recover(); r != nil {
			l.hub.opts.Logf("screen %d (%s): %v\n%s", l.id, l.Identity().Name, r, debug.Stack())
			l.Leave()
			p.Quit()
		}
	}()
	for {
		select {
		case <-l.awake:
		case <-l.gone:
			return
		}
		for _, msg := range l.news() {
			p.Send(msg)
		}
	}
}

// news collects what the program has not seen, coalesced.
func (l *Link) news() []any {
	h := l.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []any
	if l.accSeen != l.accessV {
		l.accSeen = l.accessV
		out = append(out, AccessMsg{Access: l.ident.Access})
	}
	if l.sent < len(h.log) {
		out = append(out, EventsMsg{Events: slices.Clip(h.log[l.sent:])})
		l.sent = len(h.log)
	}
	if l.presSeen != h.presVer {
		l.presSeen = h.presVer
		out = append(out, PresenceMsg{People: h.presenceLocked(), Warning: h.warning})
	}
	for _, n := range l.notices {
		out = append(out, NoticeMsg{Text: n})
	}
	l.notices = nil
	return out
}

func (l *Link) wake() {
	select {
	case l.awake <- struct{}{}:
	default:
	}
}

func (l *Link) notify(text string) {
	l.hub.mu.Lock()
	if len(l.notices) == maxNotices {
		l.notices = l.notices[1:]
	}
	l.notices = append(l.notices, text)
	l.hub.mu.Unlock()
	l.wake()
}

func (h *Hub) setDraft(l *Link) {
	// Reading the draft under h.mu makes read-and-keep one step, so a
	// command that read an older draft cannot overwrite a newer one.
	h.mu.Lock()
	defer h.mu.Unlock()
	// Only starting and stopping are news to the others: nothing is sent
	// to every screen per keystroke.
	if h.keepDraftLocked(l) {
		h.presVer++
		h.wakeLocked()
	}
}

// keepDraftLocked keeps l's latest draft under its key, and reports
// whether the person started or stopped typing with it.
func (h *Hub) keepDraftLocked(l *Link) bool {
	l.outMu.Lock()
	text := l.draft
	l.outMu.Unlock()
	if len(text) > h.opts.MaxText {
		// At a character: the draft is given back to its writer, and a
		// rune cut in two would come back as a broken byte.
		cut := h.opts.MaxText
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	fp := l.ident.Fingerprint
	was := h.drafts[fp] != ""
	if text != h.drafts[fp] {
		h.draftsV++
	}
	if text == "" {
		delete(h.drafts, fp)
	} else {
		h.drafts[fp] = text
	}
	return was != (text != "")
}

func (h *Hub) promote(by *Link, id int, a model.Access) {
	h.mu.Lock()
	who := by.ident
	target, ok := h.links[id]
	if ok && who.Access.CanPromote() {
		target.ident.Access = a
		target.accessV++
		h.presVer++
		h.wakeLocked()
	}
	h.mu.Unlock()
	switch {
	case !who.Access.CanPromote():
		by.notify("only the facilitator changes roles")
	case !ok:
		by.notify("that person has left")
	}
}

func (h *Hub) presenceLocked() []Presence {
	out := make([]Presence, 0, len(h.links))
	for _, l := range h.links {
		out = append(out, Presence{ID: l.id, Name: l.ident.Name, Access: l.ident.Access,
			Drafting: h.drafts[l.ident.Fingerprint] != ""})
	}
	slices.SortFunc(out, func(a, b Presence) int { return a.ID - b.ID })
	return out
}

func (h *Hub) wakeLocked() {
	for _, l := range h.links {
		l.wake()
	}
}
