package agenda

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strconv"

	"github.com/debrief-dev/debrief/textsafe"
)

// Error is a problem with an agenda file, located so the person fixing it can
// go straight to the line. main prints it and exits with status 2.
type Error struct {
	// File is the path (or name) the agenda came from.
	File string
	// Line is the 1-based line of the problem; 0 when it is the whole file.
	Line int
	// Msg says what is wrong, naming the field.
	Msg string

	// err is the os error behind a file that could not be read, kept so
	// callers can still ask errors.Is(err, fs.ErrNotExist).
	err error
}

// Error formats the problem as FILE:LINE: msg, or FILE: msg without a line,
// the form editors and terminals turn into a link to the spot.
// What it quotes from the file is escaped for the terminal.
func (e *Error) Error() string {
	if e.Line > 0 {
		return textsafe.Escape(fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg))
	}
	return textsafe.Escape(e.File + ": " + e.Msg)
}

// Unwrap returns the os error behind an unreadable file, if any.
func (e *Error) Unwrap() error { return e.err }

// maxFileSize bounds what Load reads: a real agenda is a few kilobytes, and
// pointing --agenda at a disk image should fail fast, not fill memory.
const maxFileSize = 1 << 20

// Load reads and validates the agenda file at path. Every failure, including
// a missing or unreadable file, is an *Error.
func Load(path string) (Agenda, error) {
	// A FIFO would block the open itself, and a device or folder is never
	// an agenda: look before opening.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return Agenda{}, &Error{File: path, Msg: "not a regular file (" + fileKind(fi) + "); give the path of an agenda YAML file"}
	}
	f, err := os.Open(path)
	if err != nil {
		return Agenda{}, fileError(path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return Agenda{}, fileError(path, err)
	}
	if len(data) > maxFileSize {
		return Agenda{}, &Error{File: path, Msg: "too large for an agenda file (over 1 MiB)"}
	}
	return Parse(path, data)
}

// fileKind names what a path that is not a regular file is.
func fileKind(fi fs.FileInfo) string {
	switch m := fi.Mode(); {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "a special file"
}

// maxExpanded bounds the agenda's text once YAML aliases are expanded: it
// is copied into every session file, which must stay readable, and a few
// kilobytes of aliases can stand for hundreds of megabytes.
const maxExpanded = maxFileSize

// expandedSize is how many bytes of text the agenda holds, aliases and all.
func (a Agenda) expandedSize() int {
	n := len(a.Name)
	for _, ph := range a.Phases {
		n += len(ph.ID) + len(ph.Title) + len(ph.Capture) + 64
		for _, p := range ph.Prompts {
			n += len(p) + 4
		}
	}
	return n
}

// fileError drops the "open PATH:" prefix of an os error, since Error
// already leads with the path: "x.yaml: no such file or directory".
func fileError(path string, err error) *Error {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	return &Error{File: path, Msg: msg, err: err}
}

// yamlLine matches yaml.v3 syntax errors, which carry the line in the text.
var yamlLine = regexp.MustCompile(`(?s)^yaml: line (\d+): (.*)$`)

// syntaxError turns a yaml.v3 parse error into an *Error with its line.
func syntaxError(file string, err error) *Error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: file, Line: line, Msg: "not valid YAML: " + m[2]}
	}
	if len(msg) > 6 && msg[:6] == "yaml: " {
		msg = msg[6:]
	}
	return &Error{File: file, Msg: "not valid YAML: " + msg}
}
