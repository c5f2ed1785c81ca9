package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/zones"
)

// ErrReplaced is reported by a Follower when the session file it follows
// was cut shorter or replaced by another file: what was read no longer
// describes it, and the reader should start again with Follow.
var ErrReplaced = errors.New("the session file was truncated or replaced")

// followChunk bounds one Poll's read, so catching up with a large file
// happens in steps that each cost the same.
const followChunk = 1 << 20

// maxLine bounds one event line; a longer "line" is not debrief's.
const maxLine = 8 << 20

// Follower reads a session file another debrief is writing, delivering
// each new event once its line is complete. It never writes to the file.
// It is not safe for concurrent use.
type Follower struct {
	path  string
	f     *os.File
	fi    os.FileInfo
	off   int64 // bytes read: the header and every complete line
	line  int   // lines read
	last  int   // seq of the last event delivered
	state *model.State
	buf   []byte
}

// Follow opens the session file at path and reads the events it holds so
// far. Warnings are as for Load, except that a last line still being
// written (no newline yet) is not reported: Poll delivers it when whole.
func Follow(path string) (*Follower, []model.Event, []string, error) {
	l, data, err := loadWhole(path)
	if err != nil {
		return nil, nil, nil, err
	}
	if !l.Canonical {
		return nil, nil, nil, fmt.Errorf("%s was reformatted by hand; only a file debrief is writing can be followed", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, explain("open", path, err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, nil, explain("open", path, err)
	}
	// A broken last line that has its newline is not one being written:
	// Load's warning reports it dropped, and reading goes on after it.
	fl := &Follower{path: path, f: f, fi: fi, off: int64(len(data)), state: l.State,
		line: bytes.Count(data, []byte("\n"))}
	if n := len(l.Events); n > 0 {
		fl.last = l.Events[n-1].Seq
	}
	return fl, l.Events, l.Warnings, nil
}

// loadWhole reads the file's complete lines: a last line without its
// newline is still being written, and Poll delivers it once it is whole.
func loadWhole(path string) (*model.Log, []byte, error) {
	l, data, err := load(path)
	if err != nil || len(data) == 0 || data[len(data)-1] == '\n' {
		return l, data, err
	}
	data = data[:bytes.LastIndexByte(data, '\n')+1]
	if l, err = model.ParseLog(path, data); err != nil {
		return nil, nil, err
	}
	return l, data, nil
}

// State is the fold of every event delivered so far.
func (fl *Follower) State() *model.State { return fl.state }

// Poll reads what was appended since the last call, at most about a
// megabyte, and returns the events of its complete lines. It returns
// ErrReplaced (wrapped) when the file was truncated or replaced, and a
// *model.LogError for a line that is not a good next event.
func (fl *Follower) Poll() ([]model.Event, error) {
	if fl.f == nil {
		return nil, fmt.Errorf("%s: the follower is closed", fl.path)
	}
	fi, err := os.Stat(fl.path)
	if err != nil {
		return nil, explain("read", fl.path, err)
	}
	if !os.SameFile(fi, fl.fi) || fi.Size() < fl.off {
		return nil, fmt.Errorf("%s: %w", fl.path, ErrReplaced)
	}
	data, err := fl.read(fi.Size() - fl.off)
	if err != nil {
		return nil, err
	}
	var out []model.Event
	for {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			break
		}
		line := data[:i]
		data = data[i+1:]
		fl.off += int64(i + 1)
		fl.line++
		if !model.IsEventLine(line) {
			continue
		}
		ev, err := fl.next(line)
		if err != nil {
			fl.off -= int64(i + 1)
			fl.line--
			return out, err
		}
		out = append(out, ev)
	}
	return out, nil
}

// read reads up to a chunk of the avail bytes after what was read, more
// when that holds no complete line, up to maxLine.
func (fl *Follower) read(avail int64) ([]byte, error) {
	for n := min(avail, followChunk); n > 0; n = min(avail, maxLine) {
		if cap(fl.buf) < int(n) {
			fl.buf = make([]byte, n)
		}
		got, err := fl.f.ReadAt(fl.buf[:n], fl.off)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, explain("read", fl.path, err)
		}
		data := fl.buf[:got]
		if bytes.IndexByte(data, '\n') >= 0 || int64(got) == avail {
			return data, nil
		}
		if n == maxLine {
			return nil, &model.LogError{File: fl.path, Line: fl.line + 1, Msg: "a line of more than 8 MB is not a debrief event"}
		}
	}
	return nil, nil
}

// next decodes and folds one complete line.
func (fl *Follower) next(line []byte) (model.Event, error) {
	ev, err := model.DecodeEventLine(line)
	if err != nil {
		var le *model.LogError
		if errors.As(err, &le) {
			le.File, le.Line = fl.path, fl.line
		}
		return ev, err
	}
	if ev.Seq != fl.last+1 {
		return ev, &model.LogError{File: fl.path, Line: fl.line, Field: "seq",
			Msg: fmt.Sprintf("want %d (one after the event before), found %d", fl.last+1, ev.Seq)}
	}
	zones.Learn([]model.Event{ev})
	if err := fl.state.Apply(ev); err != nil {
		return ev, &model.LogError{File: fl.path, Line: fl.line, Msg: err.Error()}
	}
	fl.last = ev.Seq
	return ev, nil
}

// Watch polls every interval until ctx ends or Poll fails, handing each
// non-empty batch of new events to fn. It polls again at once while a
// poll came back full, so catching up does not wait on the interval.
func (fl *Follower) Watch(ctx context.Context, every time.Duration, fn func([]model.Event)) error {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		evs, err := fl.Poll()
		if len(evs) > 0 {
			fn(evs)
		}
		if err != nil {
			return err
		}
		if len(evs) > 0 {
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Close releases the file.
func (fl *Follower) Close() error {
	if fl.f == nil {
		return nil
	}
	err := fl.f.Close()
	fl.f = nil
	return err
}
