package main

import (
	"context"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/tui"
)

// indexed makes the testdata archive and indexes it, as `debrief archive` would.
func indexed(t *testing.T) string {
	t.Helper()
	dir := rhymeArchive(t)
	index(t, dir)
	return dir
}

// index indexes the archive in dir, as `debrief archive` would.
func index(t *testing.T, dir string) {
	t.Helper()
	ix, err := archive.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Update(); err != nil {
		t.Fatal(err)
	}
	ix.Close()
}

func TestServedScreensShareOneArchive(t *testing.T) {
	dir := indexed(t)
	var opened atomic.Int32
	inner := meetingArchive(filepath.Join(dir, "served.debrief.yaml"))
	shared := &sharedArchive{open: func() (tui.Archive, error) {
		opened.Add(1)
		return inner()
	}}
	open := shared.opener()
	// Eight screens start their meetings at once, as guests join.
	got := make([]tui.Archive, 8)
	var wg sync.WaitGroup
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ar, err := open()
			if err != nil {
				t.Error(err)
				return
			}
			got[i] = ar
			if _, err := ar.Rhymes(context.Background(), archive.RhymeQuery{Service: "payments", Text: "connection pool"}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := opened.Load(); n != 1 {
		t.Fatalf("the index was opened %d times, want once for the room", n)
	}
	for i, ar := range got {
		if ar != got[0] {
			t.Fatalf("screen %d reads another archive", i)
		}
	}
	rs, err := got[0].Rhymes(context.Background(), archive.RhymeQuery{Service: "payments", Text: "the connection pool ran out"})
	if err != nil || len(rs) == 0 {
		t.Fatalf("rhymes = %v, %v", rs, err)
	}
	shared.Close()
	if _, err := got[0].Rhymes(context.Background(), archive.RhymeQuery{Service: "payments", Text: "pool"}); err == nil {
		t.Error("the index still answers after the meeting ended")
	}
}

func TestSharedArchiveClosedBeforeAnyScreenAsked(t *testing.T) {
	shared := &sharedArchive{open: func() (tui.Archive, error) {
		t.Error("closing opened the index")
		return nil, nil
	}}
	shared.Close()
	if ar, err := shared.opener()(); ar != nil || err != errArchiveClosed {
		t.Errorf("after the meeting: %v, %v", ar, err)
	}
}

func TestSharedArchiveWithoutAnIndex(t *testing.T) {
	dir := rhymeArchive(t)
	shared := &sharedArchive{open: meetingArchive(filepath.Join(dir, "served.debrief.yaml"))}
	for range 2 {
		if _, err := shared.opener()(); err == nil {
			t.Fatal("an unindexed folder gave an archive")
		}
	}
	shared.Close()
}

// TestSharedArchiveIndexedDuringTheMeeting: when the room runs `debrief
// archive` after a served meeting started, ctrl+r twice finds it, as the
// pane says: the shared opener looks again while there was no archive.
func TestSharedArchiveIndexedDuringTheMeeting(t *testing.T) {
	dir := rhymeArchive(t)
	shared := &sharedArchive{open: meetingArchive(filepath.Join(dir, "served.debrief.yaml"))}
	defer shared.Close()
	if ar, err := shared.opener()(); ar != nil || err == nil {
		t.Fatalf("an unindexed folder gave an archive: %v, %v", ar, err)
	}
	index(t, dir)
	ar, err := shared.opener()()
	if err != nil || ar == nil {
		t.Fatalf("the archive indexed during the meeting is not found: %v", err)
	}
	if again, _ := shared.opener()(); again != ar {
		t.Error("the archive opened is not shared")
	}
}
