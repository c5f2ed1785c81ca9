package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/tui"
)

// meetingArchive is the archive a meeting looks rhymes up in: the one at
// the top of the session file's git repository, or in its folder outside
// git. Only an archive `debrief archive` has indexed is used: a meeting
// never starts indexing a folder (a home folder, a code repository) on
// its own. It runs in a command as the meeting starts.
func meetingArchive(sessionPath string) tui.ArchiveOpener {
	return func() (tui.Archive, error) {
		dir := filepath.Dir(sessionPath)
		if abs, err := filepath.Abs(dir); err == nil {
			dir = abs
		}
		top := archive.TopOf(dir)
		if _, err := os.Stat(archive.IndexPath(top)); err != nil {
			return nil, &tui.NoArchiveError{Dir: top}
		}
		ix, err := archive.Open(top)
		if err != nil {
			return nil, err
		}
		rep, err := ix.Update()
		if err != nil {
			ix.Close()
			return nil, err
		}
		return &meetingIndex{Index: ix, count: rep.Postmortems}, nil
	}
}

// meetingIndex is the archive's index as the meeting screen reads it.
type meetingIndex struct {
	*archive.Index
	count int
}

// Postmortem is the Markdown of the postmortem at path, relative to the
// archive's top: an export as written, or what a session file exports.
func (m *meetingIndex) Postmortem(path string) (string, error) {
	return previewMarkdown(filepath.Join(m.Top(), filepath.FromSlash(path)))
}

// Postmortems is how many postmortems the archive held when it opened.
func (m *meetingIndex) Postmortems() int { return m.count }

// sharedArchive is a served meeting's archive: every screen (the host's
// and each guest's) asks for it as its meeting starts, and they all read
// the one index, opened and brought up to date once. The index is a
// database/sql handle, safe for many screens' lookups at once. The host
// closes it when the meeting ends.
type sharedArchive struct {
	open func() (tui.Archive, error)
	mu   sync.Mutex
	done bool
	ar   tui.Archive
	err  error
}

// opener is what each screen's Options carries. An archive that is not
// there yet is looked for again when asked (ctrl+r twice, once the room
// has run `debrief archive`); one opened, or one that failed, is kept.
func (s *sharedArchive) opener() tui.ArchiveOpener {
	return func() (tui.Archive, error) {
		s.mu.Lock()
		defer s.mu.Unlock()
		var none *tui.NoArchiveError
		if !s.done || (s.ar == nil && errors.As(s.err, &none)) {
			s.ar, s.err, s.done = nil, nil, true
			s.ar, s.err = s.open()
		}
		return s.ar, s.err
	}
}

// Close closes the index if a screen opened it, after any opening under
// way has finished; later lookups fail and the screens say so.
func (s *sharedArchive) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.ar.(io.Closer); ok {
		c.Close()
	}
	s.ar, s.err, s.done = nil, errArchiveClosed, true
}

// errArchiveClosed is what a screen that asks after the meeting ended is told.
var errArchiveClosed = errors.New("the meeting has ended")
