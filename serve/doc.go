// Package serve hosts one meeting for several people over SSH: the
// facilitator drives the clock, scribes and participants write from their
// own terminals, viewers follow, and nobody installs anything.
//
// # Design
//
// One process, one writer. The host opens the session file (store.Create
// or store.Open) and hands it to a Hub with the events so far. The hub is
// the only writer: every change from every person arrives as
// model.Events, and one goroutine checks each against the sender's role
// (model.Permit), stamps seq, time and author (and gives new notes their
// ids), folds it, appends the batch with one sync and wakes every Link.
// The file format, resume, export and replay are unchanged; a note's
// author is one more optional field.
//
// Each screen folds the same log. A Link carries the hub's news to one
// tea.Program as messages, coalesced so a slow screen only slows itself:
//
//	EventsMsg    new events, in order, each once: fold them (State.Apply)
//	PresenceMsg  who is connected, their role, who is typing; a warning
//	NoticeMsg    why this person's change was refused
//	AccessMsg    this person's role changed (promoted by the facilitator)
//
// and takes the screen's changes with Link.Submit(events...) and its
// uncommitted text with Link.Draft(text). Both are tea.Cmds to return
// from Update; they record their data when called, so order is kept.
//
// # Plugging in the meeting screen
//
// NewServer takes a Screen, func(Client) tea.Model. Client carries the
// person (Name, Fingerprint, Access), their terminal (size, TERM, colour
// profile), the Link, the events so far and the draft they left when
// their connection last dropped. The meeting screen, built with options
// for the role (a viewer gets no note box; a participant's box is open in
// the phases Policy opens), folds Client.Events, then each EventsMsg; it
// turns key presses into Link.Submit instead of appending to a store; it
// shows PresenceMsg in its presence line. Nothing else changes: the
// screen never touches the file, and the host's own terminal can join
// the same hub with Hub.Join as the facilitator.
//
// # The SSH side
//
// sshtea.go is the whole SSH-to-Bubble-Tea wiring, in the shape of
// wish's bubbletea middleware, over github.com/gliderlabs/ssh (wish v2 is
// not on the module proxy this project can reach); moving to wish
// replaces that file. Safe by default: loopback unless Options.Addr says
// otherwise, only keys listed in the keys file (LoadKeys) unless
// Options.Viewers lets others follow read-only, a host key made on first
// run with mode 0600 (HostKey), an idle timeout, a maximum number of
// people, and no exec, subsystem, port, agent or X11 forwarding. Limits
// bound what one client costs the others: its input rate, the output
// that may wait for it (past that it is cut off, and its draft waits for
// it), and how often its resizes reach its screen. A panic in a screen
// ends that person's session only.
package serve
