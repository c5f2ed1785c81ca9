package model

import (
	"sync"
	"time"
)

// zones holds the time zones resolved so far, by name. The model never
// reads the zone database: code that may do I/O (the setup screen's
// command, the commands that load a session file) resolves a zone and
// hands it over with LearnZone before the state needs it. It is outside
// State, which stays a fold of its events.
var zones sync.Map

// LearnZone records a zone resolved outside the model, under its name,
// so InputZone can use it. A nil zone is ignored.
func LearnZone(loc *time.Location) {
	if loc != nil {
		zones.Store(loc.String(), loc)
	}
}

// KnownZone returns the zone learned under name, if any.
func KnownZone(name string) (*time.Location, bool) {
	if name == "" || name == "UTC" {
		return time.UTC, true
	}
	loc, ok := zones.Load(name)
	if !ok {
		return nil, false
	}
	return loc.(*time.Location), true
}

// InputZone is the zone timeline times are typed in: UTC when unset,
// unknown, or not yet resolved by the code that loaded the session.
func (s *State) InputZone() *time.Location {
	if loc, ok := KnownZone(s.Setup.TimeZone); ok {
		return loc
	}
	return time.UTC
}
