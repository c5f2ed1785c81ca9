// Package store keeps a meeting's session file on disk: it creates it
// readable by the owner only, appends each event and syncs it before
// returning, so a kill or a power cut loses nothing already appended, and
// reopens it for resume, repairing a torn last record without losing data.
package store

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/zones"
)

// maxSize bounds what Load reads: a 10,000-event meeting is about 2 MB, so
// anything near this is not a session file and must not exhaust memory.
const maxSize = 256 << 20

// File is a session file open for appending. It is safe for concurrent use.
type File struct {
	mu   sync.Mutex
	f    *os.File
	path string
	// last is the seq of the last event on disk; size the length of the
	// file up to its end. A failed write is cut back to size.
	last int
	size int64
	// dirty is set when a failed write could not be cut back; the next
	// Append retries the cut before writing.
	dirty bool
	buf   []byte
}

// Create makes a new session file at path, mode 0600 whatever the umask,
// and writes and syncs its header. It never overwrites an existing file.
func Create(path string) (*File, error) {
	if fi, err := os.Stat(path); err == nil {
		switch {
		case fi.IsDir():
			return nil, fmt.Errorf("%s is a folder; give a file name for the session", path)
		case fi.Size() == 0:
			// Resume refuses an empty file: pointing there would go round
			// in a circle. Nothing of a meeting is in it to lose.
			return nil, fmt.Errorf("%s already exists and is empty, so there is no meeting in it to resume; remove it, or name another file", path)
		}
		return nil, fmt.Errorf("%s already exists; use debrief resume %s", path, path)
	} else if li, lerr := os.Lstat(path); lerr == nil && li.Mode()&os.ModeSymlink != 0 {
		return nil, fmt.Errorf("%s is a symbolic link to a file that cannot be reached (%v); not creating a session through it", path, unwrapPathErr(err))
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, explain("create", path, err)
	}
	fail := func(err error) (*File, error) {
		f.Close()
		os.Remove(path) // ours, and holding nothing yet
		return nil, explain("write", path, err)
	}
	if err := lock(f); err != nil {
		return fail(err)
	}
	// The umask may have taken bits away; session files can hold sensitive
	// details, so they are the owner's only, no more and no less.
	if err := f.Chmod(0o600); err != nil {
		return fail(err)
	}
	hdr := model.EncodeHeader()
	if _, err := f.Write(hdr); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := syncDir(path); err != nil {
		return fail(err)
	}
	return &File{f: f, path: path, size: int64(len(hdr))}, nil
}

// Load reads a session file without opening it for writing: for export,
// replay and a look at someone else's session. Warnings say what was
// dropped (a torn or damaged last record).
func Load(path string) ([]model.Event, []string, error) {
	l, _, err := load(path)
	if err != nil {
		return nil, nil, err
	}
	return l.Events, l.Warnings, nil
}

func load(path string) (*model.Log, []byte, error) {
	data, err := ReadBounded(path)
	if err != nil {
		return nil, nil, err
	}
	l, err := model.ParseLog(path, data)
	if err != nil {
		return nil, nil, err
	}
	// Resolved here, before any screen runs, so a session written in a
	// zone reads in it without the model touching the zone database.
	zones.Learn(l.Events)
	return l, data, nil
}

// ReadBounded reads a file that should hold a meeting (a session file or an
// exported postmortem) whole, refusing at once what cannot be one: a
// folder, a device or pipe (which could block or never end), or a file
// over the size limit.
func ReadBounded(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, explain("open", path, err)
	case fi.IsDir():
		return nil, fmt.Errorf("%s is a folder, not a session file", path)
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("%s is not a regular file, so not a session file", path)
	case fi.Size() > maxSize:
		return nil, fmt.Errorf("%s is %d MB, far too large to be a session file", path, fi.Size()>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, explain("open", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSize+1))
	if err != nil {
		return nil, explain("read", path, err)
	}
	if len(data) > maxSize {
		return nil, fmt.Errorf("%s grew past %d MB while being read, far too large to be a session file", path, maxSize>>20)
	}
	return data, nil
}

// Open reads a session file and opens it for appending, for resume. A torn
// last record is copied to "FILE.torn-N" (a damaged one, a complete line
// that is not an event, to "FILE.damaged-N") and cut off, so new events follow
// the last good one; a file a person reformatted is first rewritten in
// debrief's one-line form, the original kept as "FILE.orig-N". Either is
// reported in the warnings.
//
// A symbolic link is followed: the file it points to is read, repaired and
// appended to, and the link stays a link. A file others can read is made
// owner-only, with a warning.
func Open(given string) (*File, []model.Event, []string, error) {
	path, err := filepath.EvalSymlinks(given)
	if err != nil {
		return nil, nil, nil, explain("open", given, err)
	}
	// Locked before anything is read, tightened or rewritten: a meeting
	// that has the file open must find it as it left it, and the bytes
	// read are then the bytes new events follow.
	f, err := openLocked(path)
	if err != nil {
		return nil, nil, nil, err
	}
	l, data, err := load(path)
	if err != nil {
		f.Close()
		return nil, nil, nil, err
	}
	warns := l.Warnings
	if w := tighten(path); w != "" {
		warns = append(warns, w)
	}
	if !l.Canonical {
		if runtime.GOOS == "windows" {
			// Windows renames nothing over a file open here; the lock
			// has already shown that no other debrief has it open.
			f.Close()
		}
		w, err := rewrite(path, data, l.Events)
		if err != nil {
			f.Close()
			return nil, nil, nil, err
		}
		warns = append(warns, w)
		// The rewrite is a new file at the path: lock it before letting
		// go of the old one, so no other debrief gets between.
		g, err := openLocked(path)
		f.Close()
		if err != nil {
			return nil, nil, nil, err
		}
		f = g
		if data, err = os.ReadFile(path); err != nil {
			f.Close()
			return nil, nil, nil, explain("read", path, err)
		}
		l.Keep = len(data)
	}
	sf := &File{f: f, path: path, size: int64(len(data))}
	if n := len(l.Events); n > 0 {
		sf.last = l.Events[n-1].Seq
	}
	if l.Keep < len(data) {
		w, err := sf.dropTail(data[l.Keep:], l.Keep, l.Damaged)
		if err != nil {
			f.Close()
			return nil, nil, nil, err
		}
		warns = append(warns, w)
	}
	// A last record that lost only its newline is good; give it one so
	// the next event starts a line of its own.
	if sf.size > 0 && data[sf.size-1] != '\n' {
		if err := sf.write([]byte("\n")); err != nil {
			f.Close()
			return nil, nil, nil, err
		}
	}
	sf.path = given
	return sf, l.Events, warns, nil
}

// openLocked opens path for writing and takes the session lock. It is
// read-write, not O_APPEND: each write goes at the end debrief knows (the
// file is locked, so no one else moves it), and on Windows an append-only
// handle can neither be cut back after a failed write nor locked. Only a
// regular file is opened, so a pipe or a device never blocks the open.
func openLocked(path string) (*os.File, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		_, err := ReadBounded(path) // says what it is instead
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, explain("open", path, err)
	}
	if err := lock(f); err != nil {
		f.Close()
		return nil, explain("open", path, err)
	}
	return f, nil
}

// tighten makes a session file others can read owner-only, as Create does,
// and says so; or warns when it cannot.
func tighten(path string) string {
	fi, err := os.Stat(path)
	if err != nil || runtime.GOOS == "windows" || fi.Mode().Perm()&0o077 == 0 {
		return ""
	}
	was := fi.Mode().Perm()
	if err := os.Chmod(path, 0o600); err != nil {
		return fmt.Sprintf("%s can be read by others (mode %04o) and could not be made owner-only (%v); session files can hold sensitive details", path, was, unwrapPathErr(err))
	}
	return fmt.Sprintf("%s could be read by others (mode %04o); made it owner-only (0600), as session files can hold sensitive details", path, was)
}

// dropTail keeps a copy of a torn or damaged record's bytes, then cuts the
// file back to the end of the last good line. The copy is named for what
// the record was, so no one looks for an interrupted write that never was.
func (f *File) dropTail(tail []byte, keep int, damaged bool) (string, error) {
	what := "torn"
	if damaged {
		what = "damaged"
	}
	bak, err := backup(f.path, what, tail)
	if err != nil {
		return "", err
	}
	f.size = int64(keep)
	if err := f.cut(); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s: the %s record's %d bytes are kept in %s", f.path, what, len(tail), bak), nil
}

// Append writes the events not yet on disk (Seq above LastSeq) in one write
// and syncs them. Events already written are skipped, so a retry or a final
// flush after an in-flight write never duplicates; the rest must follow
// LastSeq without a gap. After an error nothing of the batch counts as
// written: the caller keeps the events pending and tries again.
func (f *File) Append(events ...model.Event) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.f == nil {
		return fmt.Errorf("%s: the session file is closed", f.path)
	}
	f.buf = f.buf[:0]
	next := f.last
	for _, ev := range events {
		if ev.Seq <= f.last {
			continue
		}
		if ev.Seq != next+1 {
			return fmt.Errorf("%s: event %d cannot follow event %d; events are appended in order", f.path, ev.Seq, next)
		}
		var err error
		if f.buf, err = model.AppendEvent(f.buf, ev); err != nil {
			return fmt.Errorf("%s: %w", f.path, err)
		}
		next = ev.Seq
	}
	if next == f.last {
		return nil
	}
	if f.size+int64(len(f.buf)) > maxSize {
		// Load would refuse the file; a meeting that cannot be read back
		// is lost, so the events stay pending instead.
		return fmt.Errorf("%s: the session file would pass %d MB, more than debrief reads back; not writing", f.path, maxSize>>20)
	}
	if err := f.unchanged(); err != nil {
		return err
	}
	if err := f.write(f.buf); err != nil {
		return err
	}
	f.last = next
	return nil
}

// write appends b and syncs it. On failure the file is cut back to its last
// good size, so a retried batch never lands after half a line.
func (f *File) write(b []byte) error {
	if f.dirty {
		if err := f.cut(); err != nil {
			return err
		}
	}
	_, err := f.f.WriteAt(b, f.size)
	if err == nil {
		err = f.f.Sync()
	}
	if err != nil {
		if cerr := f.cut(); cerr != nil {
			f.dirty = true
		}
		return explain("write", f.path, err)
	}
	f.size += int64(len(b))
	return nil
}

// cut truncates the file to f.size and syncs.
func (f *File) cut() error {
	if err := f.f.Truncate(f.size); err != nil {
		return explain("repair", f.path, err)
	}
	if err := f.f.Sync(); err != nil {
		return explain("repair", f.path, err)
	}
	f.dirty = false
	return nil
}

// LastSeq is the seq of the last event on disk, 0 for none.
func (f *File) LastSeq() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.last
}

// Path is the session file's path, as given.
func (f *File) Path() string { return f.path }

// Close closes the file. Every appended event is already synced, so Close
// has nothing to flush; calling it twice is harmless.
func (f *File) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.f == nil {
		return nil
	}
	err := f.f.Close() // closing releases the lock too
	f.f = nil
	if err != nil {
		return explain("close", f.path, err)
	}
	return nil
}

// rewrite replaces a hand-reformatted file with the same events in
// debrief's one-line form, so appends keep it valid YAML. The original is
// kept beside it.
func rewrite(path string, orig []byte, events []model.Event) (string, error) {
	buf := model.EncodeHeader()
	for _, ev := range events {
		var err error
		if buf, err = model.AppendEvent(buf, ev); err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
	}
	bak, err := backup(path, "orig", orig)
	if err != nil {
		return "", err
	}
	// Tightened to owner-only by tighten before this, so 0600 keeps the mode.
	if err := writeAtomic(path, buf, 0o600); err != nil {
		return "", explain("rewrite", path, err)
	}
	return fmt.Sprintf("%s: rewrote the reformatted file one event per line to append to it; the original is kept in %s", path, bak), nil
}

// backup writes data to the first free "PATH.what-N", owner-only.
func backup(path, what string, data []byte) (string, error) {
	return writeNew(strings.ReplaceAll(path, "%", "%%")+"."+what+"-%d", data)
}

func writeSync(f *os.File, data []byte) error {
	_, err := io.Copy(f, bytes.NewReader(data))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
