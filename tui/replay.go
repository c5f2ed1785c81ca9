package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// ReplayOptions configure a replay.
type ReplayOptions struct {
	// Events is the meeting's log, from a session file or an export.
	Events []model.Event
	// Speed plays the meeting N times faster than it ran.
	Speed float64
	// Name is the file being replayed, shown in the header.
	Name string
	// Now is the real clock that drives playback; tests inject one.
	Now func() time.Time
	// Rules is the phrasing rule set for the flags shown.
	Rules *phrasing.Rules
}

// replayTickMsg drives playback.
type replayTickMsg time.Time

// Replay is the read-only screen that plays a meeting back as it
// happened. Its state at event k is the fold of the first k events, drawn
// by the same code that drew the meeting.
type Replay struct {
	events  []model.Event
	k       int
	screen  *Model
	playing bool
	speed   float64
	// cur is the meeting time being shown; last is the real time of the
	// previous tick.
	cur, last time.Time
	now       func() time.Time
	name      string
	keys      keyMap
}

// NewReplay prepares a replay, positioned just after the session opened.
func NewReplay(opt ReplayOptions) (*Replay, error) {
	if len(opt.Events) == 0 {
		return nil, fmt.Errorf("no events to replay")
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Speed <= 0 {
		opt.Speed = 1
	}
	if _, err := model.Fold(opt.Events); err != nil {
		return nil, err
	}
	r := &Replay{events: opt.Events, speed: opt.Speed, now: opt.Now, name: opt.Name, keys: defaultKeyMap(), playing: true}
	m, err := New(Options{Rules: opt.Rules, Now: func() time.Time { return r.cur }})
	if err != nil {
		return nil, err
	}
	m.screen = screenMeeting
	r.screen = m
	r.Seek(1)
	return r, nil
}

// Position is how many events have been played.
func (r *Replay) Position() int { return r.k }

// State is the meeting as of the current position.
func (r *Replay) State() *model.State { return r.screen.state }

// Seek shows the meeting as it was after the first k events: forwards by
// applying the events in between, backwards by folding again from the top.
func (r *Replay) Seek(k int) {
	k = max(1, min(k, len(r.events)))
	m := r.screen
	if k < r.k || r.k == 0 {
		st, _ := model.Fold(r.events[:k])
		m.state = st
		m.meeting = newMeeting(m)
	} else {
		for _, ev := range r.events[r.k:k] {
			if m.state.Apply(ev) == nil {
				m.afterEvent(ev)
			}
		}
		if m.meeting.flags == nil {
			m.meeting = newMeeting(m)
		}
	}
	r.k = k
	r.cur = r.events[k-1].At
	m.meeting.mode = modeType
	m.meeting.setStatus(describe(r.events[k-1], m.state), false)
}

// Init starts playing at once.
func (r *Replay) Init() tea.Cmd {
	r.last = r.now()
	return tea.Batch(r.tick(), tea.RequestBackgroundColor)
}

func (r *Replay) tick() tea.Cmd {
	return tea.Tick(100*time.Millisecond, func(t time.Time) tea.Msg { return replayTickMsg(t) })
}

// Update handles playback keys and ticks.
func (r *Replay) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg, tea.BackgroundColorMsg:
		r.screen.update(msg)
	case replayTickMsg:
		now := r.now()
		if r.playing {
			r.advance(time.Duration(float64(now.Sub(r.last)) * r.speed))
		}
		r.last = now
		return r, r.tick()
	case tea.KeyPressMsg:
		return r, r.key(msg)
	}
	return r, nil
}

// advance moves meeting time on by d, playing every event it passes. The
// time between a close and a resume was not meeting time, so it is skipped.
func (r *Replay) advance(d time.Duration) {
	r.cur = r.cur.Add(d)
	k := r.k
	for k < len(r.events) {
		if r.events[k-1].Kind == model.SessionClosed && r.cur.Before(r.events[k].At) {
			r.cur = r.events[k].At
		}
		if r.events[k].At.After(r.cur) {
			break
		}
		k++
	}
	if k != r.k {
		cur := r.cur
		r.Seek(k)
		r.cur = cur
	}
	if r.k == len(r.events) {
		r.playing = false
	}
}

func (r *Replay) key(msg tea.KeyPressMsg) tea.Cmd {
	k := r.keys
	switch {
	case msg.String() == "ctrl+c" || matches(msg, k.Close):
		return tea.Quit
	case matches(msg, k.PlayPause):
		if r.k == len(r.events) {
			r.Seek(1)
		}
		r.playing = !r.playing
		r.last = r.now()
	case matches(msg, k.StepForward):
		r.playing = false
		r.Seek(r.k + 1)
	case matches(msg, k.StepBack):
		r.playing = false
		r.Seek(r.k - 1)
	case matches(msg, k.PhaseForward):
		r.Seek(r.nextPhase())
	case matches(msg, k.PhaseBack):
		r.Seek(r.prevPhase())
	case matches(msg, k.Faster):
		r.speed = min(r.speed*2, 1024)
	case matches(msg, k.Slower):
		r.speed = max(r.speed/2, 0.25)
	}
	return nil
}

func isPhaseEvent(ev model.Event) bool {
	return ev.Kind == model.PhaseStarted || ev.Kind == model.MeetingEnded
}

// nextPhase is the position just after the next phase change.
func (r *Replay) nextPhase() int {
	for i := r.k; i < len(r.events); i++ {
		if isPhaseEvent(r.events[i]) {
			return i + 1
		}
	}
	return len(r.events)
}

// prevPhase is the position just after the phase change before the one
// that started the phase on screen.
func (r *Replay) prevPhase() int {
	cur := -1
	for i := r.k - 1; i >= 0; i-- {
		if isPhaseEvent(r.events[i]) {
			cur = i
			break
		}
	}
	for i := cur - 1; i >= 0; i-- {
		if isPhaseEvent(r.events[i]) {
			return i + 1
		}
	}
	return 1
}

// View draws the meeting as it was, with the playback bar on top.
func (r *Replay) View() tea.View {
	m := r.screen
	w, h := m.width, m.height
	if w < 1 || h < 2 {
		v := tea.NewView("")
		v.AltScreen = true
		return v
	}
	st := m.styles
	state := "playing"
	if !r.playing {
		state = "paused"
	}
	if r.k == len(r.events) {
		state = "end"
	}
	first, lastAt := r.events[0].At, r.events[len(r.events)-1].At
	total := lastAt.Sub(first)
	at := min(r.cur.Sub(first), total)
	info := fmt.Sprintf(" %s / %s · event %d/%d · %s · %g×", fmtClock(at), fmtClock(total), r.k, len(r.events), state, r.speed)
	title := st.Title.Render("replay ") + st.Muted.Render(inert(r.name))
	barW := max(0, w-ansi.StringWidth(info)-1)
	bar := progressBar(at, total, barW)
	top := ansi.Truncate(title, w, "…") + "\n" + ansi.Truncate(st.PaneTitle.Render(bar)+st.Muted.Render(info), w, "…")
	helpLine := ansi.Truncate(m.help.ShortHelpView([]key.Binding{r.keys.PlayPause, r.keys.StepForward, r.keys.StepBack,
		r.keys.PhaseForward, r.keys.PhaseBack, r.keys.Faster, r.keys.Slower, r.keys.Close}), w, "…")
	bodyH := h - 3
	body := ""
	if bodyH > 0 {
		m.height = bodyH
		body = m.viewMeeting()
		m.height = h
		// The meeting's own help line is for the meeting; replay has its own.
		if lines := strings.Split(body, "\n"); len(lines) > 1 {
			body = strings.Join(lines[:len(lines)-1], "\n") + "\n"
		}
	}
	v := tea.NewView(clip(top+"\n"+body+helpLine, w, h))
	v.AltScreen = true
	return v
}

func progressBar(at, total time.Duration, w int) string {
	if w <= 0 {
		return ""
	}
	filled := w
	if total > 0 {
		filled = int(float64(w) * float64(max(0, min(at, total))) / float64(total))
	}
	return strings.Repeat("█", filled) + strings.Repeat("░", w-filled)
}

// describe says what an event did, for the replay's status line.
func describe(ev model.Event, s *model.State) string {
	t := ev.At.UTC().Format("15:04:05")
	text := func() string { return "“" + ansi.Truncate(inert(ev.Text), 60, "…") + "”" }
	switch ev.Kind {
	case model.SessionCreated:
		return t + " session opened"
	case model.PhaseStarted:
		if i := s.Agenda.Index(ev.Phase); i >= 0 {
			return t + " phase: " + inert(s.Agenda.Phases[i].Title)
		}
	case model.MeetingEnded:
		return t + " wrap-up"
	case model.NoteAdded:
		if ev.Parent != 0 {
			return t + " why? " + text()
		}
		return fmt.Sprintf("%s note #%d %s", t, ev.Note, text())
	case model.NoteEdited:
		return fmt.Sprintf("%s edited #%d → %s", t, ev.Note, text())
	case model.NoteDeleted:
		return fmt.Sprintf("%s deleted #%d", t, ev.Note)
	case model.NoteMoved:
		sec := ev.Section
		if sec == "" {
			sec = "plain note"
		}
		return fmt.Sprintf("%s #%d → %s", t, ev.Note, sec)
	case model.FlagDismissed:
		return fmt.Sprintf("%s dismissed flag %s on #%d", t, inert(ev.Rule), ev.Note)
	case model.TimerExtended:
		return fmt.Sprintf("%s +%ds", t, ev.Seconds)
	case model.ImpactSet:
		return t + " impact " + inert(ev.Field) + " = " + inert(ev.Value)
	}
	return t + " " + strings.ReplaceAll(string(ev.Kind), "_", " ")
}
