package model

import (
	"bytes"
	"fmt"
)

// DecodeEventLine reads one line of a session file in debrief's one-line
// form ("- {json}", its newline already cut), for a reader that follows a
// file as it grows. A broken line is a *LogError without file or line,
// which the caller knows. The event is not checked against the ones
// before it: the caller folds it, and Apply says whether it fits.
func DecodeEventLine(line []byte) (Event, error) {
	ev, lerr, _ := decodeLine(trimLine(line))
	if lerr != nil {
		return Event{}, lerr
	}
	switch {
	case ev.At.IsZero():
		return Event{}, &LogError{Field: "at", Msg: "missing (every event has a UTC time)"}
	case ev.Kind == "":
		return Event{}, &LogError{Field: "kind", Msg: "missing"}
	case !KnownKind(ev.Kind):
		return Event{}, &LogError{Field: "kind", Msg: fmt.Sprintf("unknown kind %q (written by a newer debrief?)", ev.Kind)}
	}
	ev.At = ev.At.UTC()
	return ev, nil
}

// IsEventLine reports whether a line of a session file holds an event,
// as opposed to a blank line or a comment.
func IsEventLine(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(t) > 0 && t[0] != '#'
}
