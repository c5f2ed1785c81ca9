package serve

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"

	"github.com/debrief-dev/debrief/model"
	gossh "golang.org/x/crypto/ssh"
)

// maxKeysFile bounds what LoadKeys reads: a team's keys fit in kilobytes.
const maxKeysFile = 1 << 20

// Person is one entry of a keys file: a key, the role it is given and the
// name its notes are signed with.
type Person struct {
	Role        model.Access
	Name        string
	Fingerprint string
	Key         gossh.PublicKey
}

// Keys is a parsed keys file: who may join, by key fingerprint.
type Keys struct {
	byFP map[string]Person
}

// Lookup returns the person a key belongs to.
func (k *Keys) Lookup(key gossh.PublicKey) (Person, bool) {
	if k == nil || key == nil {
		return Person{}, false
	}
	p, ok := k.byFP[gossh.FingerprintSHA256(key)]
	return p, ok
}

// Len is how many keys the file lists.
func (k *Keys) Len() int {
	if k == nil {
		return 0
	}
	return len(k.byFP)
}

// KeysError is a problem in a keys file: "FILE:LINE: field: message".
type KeysError struct {
	File  string
	Line  int
	Field string
	Msg   string
}

// Error reads "FILE:LINE: field: msg", leaving out what is empty.
func (e *KeysError) Error() string {
	s := e.File
	if e.Line > 0 {
		s += ":" + strconv.Itoa(e.Line)
	}
	if e.Field != "" {
		s += ": " + e.Field
	}
	return s + ": " + e.Msg
}

// LoadKeys reads a keys file; see ParseKeys.
func LoadKeys(path string) (*Keys, error) {
	// Stat before opening: opening a FIFO waits for a writer, and a
	// device such as /dev/zero is no keys file however much is read.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		return nil, &KeysError{File: path, Msg: "not a regular file, so not a keys file"}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &KeysError{File: path, Msg: "cannot open the keys file: " + plainErr(err)}
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		return nil, &KeysError{File: path, Msg: "not a regular file, so not a keys file"}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxKeysFile+1))
	if err != nil {
		return nil, &KeysError{File: path, Msg: "cannot read the keys file: " + plainErr(err)}
	}
	if len(data) > maxKeysFile {
		return nil, &KeysError{File: path, Msg: "more than 1 MB, far too large to be a keys file"}
	}
	return ParseKeys(path, data)
}

// ParseKeys reads a keys file (name is for messages): authorized_keys
// lines, each with a role option and the person's name as its comment,
//
//	role=scribe ssh-ed25519 AAAA... kim
//
// Blank lines and # comments are skipped. Any other option, a missing or
// unknown role, a missing name and a key listed twice are refused, so a
// typo cannot give someone more than was meant.
func ParseKeys(name string, data []byte) (*Keys, error) {
	k := &Keys{byFP: map[string]Person{}}
	firstLine := map[string]int{}
	for n, line := range bytes.Split(data, []byte("\n")) {
		lineNo := n + 1
		fail := func(field, format string, args ...any) error {
			return &KeysError{File: name, Line: lineNo, Field: field, Msg: fmt.Sprintf(format, args...)}
		}
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		key, comment, options, rest, err := gossh.ParseAuthorizedKey(t)
		if err != nil {
			return nil, fail("key", "not an authorized_keys line (want: role=scribe ssh-ed25519 AAAA... name)")
		}
		if len(bytes.TrimSpace(rest)) > 0 {
			return nil, fail("key", "one key per line")
		}
		p := Person{Key: key, Fingerprint: gossh.FingerprintSHA256(key), Name: strings.TrimSpace(comment)}
		role := ""
		for _, o := range options {
			v, ok := strings.CutPrefix(o, "role=")
			if !ok {
				return nil, fail("options", "only role=... is allowed, found %s", quote(o))
			}
			if role != "" {
				return nil, fail("role", "given twice")
			}
			role = strings.Trim(v, `"`)
		}
		if role == "" {
			return nil, fail("role", "missing (put role=facilitator, scribe, participant or viewer before the key)")
		}
		if p.Role, err = model.ParseAccess(role); err != nil {
			return nil, fail("role", "unknown role %s (want facilitator, scribe, participant or viewer)", quote(role))
		}
		switch {
		case p.Name == "":
			return nil, fail("name", "missing (the comment after the key names the person, and signs their notes)")
		case strings.IndexFunc(p.Name, unicode.IsControl) >= 0:
			return nil, fail("name", "contains control characters")
		case len(p.Name) > 64:
			return nil, fail("name", "longer than 64 bytes")
		}
		if first, dup := firstLine[p.Fingerprint]; dup {
			return nil, fail("key", "listed twice, also on line %d", first)
		}
		firstLine[p.Fingerprint] = lineNo
		k.byFP[p.Fingerprint] = p
	}
	return k, nil
}

// quote shows a piece of someone's file in a message without letting a
// control character through.
func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return strconv.QuoteToASCII(s)
}

// plainErr is an error's text without the path the message already names.
func plainErr(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
