package store

import (
	"errors"
	"fmt"
	"os"
)

// ErrChanged is wrapped by the error Append returns when the session file
// was deleted, moved, replaced or edited by another program since debrief
// opened it. Trying again cannot help: the meeting belongs in a rescue
// copy.
var ErrChanged = errors.New("the session file changed under the meeting")

// unchanged checks, before each append, that the session file is still
// where the meeting can find it and as debrief left it. A file deleted,
// moved or replaced (its folder removed, an editor saving a new copy over
// it) would take the events into a file no name reaches, and the meeting
// would end reporting a save no one can open; a file edited in place would
// have the edit written over, or a gap of zero bytes left before the next
// event. Either way nothing is written: the events stay pending, and the
// meeting's final save puts the whole meeting in a rescue copy.
func (f *File) unchanged() error {
	open, err := f.f.Stat()
	if err != nil {
		return explain("write", f.path, err)
	}
	named, err := os.Stat(f.path)
	if err != nil || !os.SameFile(open, named) {
		return &Error{Op: "write", Path: f.path, Err: ErrChanged,
			Why: "the session file is no longer there (deleted, moved or replaced since debrief opened it); not writing to a file no one could find"}
	}
	// A failed write that could not be cut back leaves the file longer
	// than size; write cuts it before anything else.
	if !f.dirty && open.Size() != f.size {
		return &Error{Op: "write", Path: f.path, Err: ErrChanged,
			Why: fmt.Sprintf("the session file was changed by another program since debrief last wrote it (%d bytes then, %d now); not writing over the change", f.size, open.Size())}
	}
	return nil
}
