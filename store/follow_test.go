package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// following creates a session holding the first n events of meeting(total)
// and follows it.
func following(t *testing.T, n, total int) (*File, *Follower, string, []model.Event) {
	t.Helper()
	f, p := create(t)
	evs := meeting(total)
	if err := f.Append(evs[:n]...); err != nil {
		t.Fatal(err)
	}
	fl, got, warns, err := Follow(p)
	if err != nil || len(warns) > 0 {
		t.Fatalf("Follow: %v %v", err, warns)
	}
	t.Cleanup(func() { fl.Close() })
	if len(got) != n {
		t.Fatalf("Follow read %d events, want %d", len(got), n)
	}
	return f, fl, p, evs
}

func appendRaw(t *testing.T, p, s string) {
	t.Helper()
	w, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.WriteString(s); err != nil {
		t.Fatal(err)
	}
}

func TestFollowDeliversNewEventsOnce(t *testing.T) {
	f, fl, _, evs := following(t, 3, 10)
	if got, err := fl.Poll(); err != nil || len(got) != 0 {
		t.Fatalf("nothing new: got %d events, %v", len(got), err)
	}
	if err := f.Append(evs[3:7]...); err != nil {
		t.Fatal(err)
	}
	got, err := fl.Poll()
	if err != nil || len(got) != 4 || got[0].Seq != 4 || got[3].Seq != 7 {
		t.Fatalf("after 4 appends: %d events, %v", len(got), err)
	}
	if again, _ := fl.Poll(); len(again) != 0 {
		t.Fatalf("events delivered twice: %d", len(again))
	}
	if fl.State().Count != 7 || fl.State().NoteCount() != 5 {
		t.Fatalf("state folded %d events, %d notes", fl.State().Count, fl.State().NoteCount())
	}
}

func TestFollowWaitsForATornLine(t *testing.T) {
	_, fl, p, evs := following(t, 3, 5)
	line, err := model.EncodeEvent(evs[3])
	if err != nil {
		t.Fatal(err)
	}
	half := len(line) / 2
	appendRaw(t, p, string(line[:half]))
	if got, err := fl.Poll(); err != nil || len(got) != 0 {
		t.Fatalf("half a line: %d events, %v", len(got), err)
	}
	// A follower that starts now sees only the complete lines, and no
	// warning: the writer is still writing.
	fl2, got2, warns, err := Follow(p)
	if err != nil || len(warns) > 0 || len(got2) != 3 {
		t.Fatalf("Follow mid-write: %d events, %v, %v", len(got2), warns, err)
	}
	defer fl2.Close()
	appendRaw(t, p, string(line[half:]))
	for _, f := range []*Follower{fl, fl2} {
		got, err := f.Poll()
		if err != nil || len(got) != 1 || got[0].Seq != 4 || got[0].Text != evs[3].Text {
			t.Fatalf("line completed: %+v, %v", got, err)
		}
	}
}

func TestFollowReportsTruncationAndReplacement(t *testing.T) {
	_, fl, p, _ := following(t, 4, 4)
	if err := os.Truncate(p, 40); err != nil {
		t.Fatal(err)
	}
	if _, err := fl.Poll(); !errors.Is(err, ErrReplaced) {
		t.Fatalf("truncated: %v, want ErrReplaced", err)
	}

	_, fl, p, _ = following(t, 4, 4)
	data, _ := os.ReadFile(p)
	tmp := filepath.Join(filepath.Dir(p), "other")
	if err := os.WriteFile(tmp, append(data, data[len(data)-10:]...), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
	if _, err := fl.Poll(); !errors.Is(err, ErrReplaced) || !strings.Contains(err.Error(), p) {
		t.Fatalf("replaced: %v, want ErrReplaced naming the file", err)
	}
}

func TestFollowLocatesABadLine(t *testing.T) {
	_, fl, p, _ := following(t, 3, 3)
	appendRaw(t, p, `- {"seq":9,"at":"2026-11-20T10:00:00Z","kind":"timer_paused"}`+"\n")
	_, err := fl.Poll()
	var le *model.LogError
	if !errors.As(err, &le) || le.File != p || le.Line != 9 || le.Field != "seq" {
		t.Fatalf("out-of-order seq: %v, want %s:9: seq", err, p)
	}
	// The bad line is not skipped: it stays the error until it is fixed.
	if _, err := fl.Poll(); !errors.As(err, &le) {
		t.Fatalf("second poll: %v", err)
	}
}

func TestFollowCatchesUpInBoundedSteps(t *testing.T) {
	f, fl, _, evs := following(t, 2, 20000)
	if err := f.Append(evs[2:]...); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(f.Path()); fi.Size() < 2*followChunk {
		t.Fatalf("the test wants more than two chunks, the file is %d bytes", fi.Size())
	}
	first, err := fl.Poll()
	if err != nil || len(first) == 0 || len(first) >= len(evs)-2 {
		t.Fatalf("one poll read %d of %d events, want a bounded part (%v)", len(first), len(evs)-2, err)
	}
	total := 2 + len(first)
	ctx, cancel := context.WithCancel(context.Background())
	err = fl.Watch(ctx, time.Millisecond, func(got []model.Event) {
		total += len(got)
		if total == len(evs) {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) || total != len(evs) {
		t.Fatalf("Watch delivered %d of %d events: %v", total, len(evs), err)
	}
}

// TestFollowWhileWriting follows a file as debrief's own writer appends
// to it one event at a time: every event arrives once, in order.
func TestFollowWhileWriting(t *testing.T) {
	f, fl, _, evs := following(t, 1, 3000)
	go func() {
		for _, ev := range evs[1:] {
			if err := f.Append(ev); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	next := 2
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := fl.Watch(ctx, time.Millisecond, func(got []model.Event) {
		for _, ev := range got {
			if ev.Seq != next {
				t.Errorf("got seq %d, want %d", ev.Seq, next)
			}
			next++
		}
		if next > len(evs) {
			cancel()
		}
	})
	if next != len(evs)+1 || !errors.Is(err, context.Canceled) {
		t.Fatalf("followed up to seq %d of %d: %v", next-1, len(evs), err)
	}
}
