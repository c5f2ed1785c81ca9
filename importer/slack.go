package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/model"
)

type slackUser struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	RealName string `json:"real_name"`
	Profile  struct {
		DisplayName string `json:"display_name"`
		RealName    string `json:"real_name"`
	} `json:"profile"`
}

type slackMsg struct {
	Type       string `json:"type"`
	Subtype    string `json:"subtype"`
	User       string `json:"user"`
	Username   string `json:"username"`
	Text       string `json:"text"`
	TS         string `json:"ts"`
	ThreadTS   string `json:"thread_ts"`
	BotProfile *struct {
		Name string `json:"name"`
	} `json:"bot_profile"`
}

// slackSkip are message subtypes that are not something said: joins,
// topic changes, pins.
var slackSkip = map[string]bool{"channel_join": true, "channel_leave": true, "channel_topic": true,
	"channel_purpose": true, "channel_name": true, "pinned_item": true, "unpinned_item": true,
	"bot_add": true, "bot_remove": true, "channel_archive": true, "channel_unarchive": true}

// slackFolder is where a Slack export's users and channels are: the
// export's folder, or the folder above when a channel's folder was named.
type slackFolder struct {
	path, root string
	channels   []string // nil: every channel folder under root
}

// findSlack checks that path is a Slack export or a channel folder in one,
// before anything is read, so a folder of something else is named as
// such rather than asked for a time window.
func findSlack(path string) (slackFolder, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return slackFolder{}, &Error{File: path, Msg: reason(err)}
	}
	if !fi.IsDir() {
		return slackFolder{}, &Error{File: path, Msg: "a Slack export is a folder (with users.json and a folder per channel)"}
	}
	ex := slackFolder{path: path, root: path}
	if _, err := os.Stat(filepath.Join(path, "users.json")); err != nil {
		parent := filepath.Dir(filepath.Clean(path))
		if _, perr := os.Stat(filepath.Join(parent, "users.json")); perr != nil {
			return slackFolder{}, &Error{File: filepath.Join(path, "users.json"), Msg: "missing: not a Slack export (nor a channel folder in one)"}
		}
		ex.root, ex.channels = parent, []string{filepath.Base(filepath.Clean(path))}
	}
	return ex, nil
}

// load reads the export's channels: only messages from from to to are
// taken.
func (ex slackFolder) load(from, to time.Time, sk *Skipped) ([]model.DraftRow, error) {
	root, channels := ex.root, ex.channels
	users, err := slackUsers(filepath.Join(root, "users.json"))
	if err != nil {
		return nil, err
	}
	if channels == nil {
		entries, err := os.ReadDir(root)
		if err != nil {
			return nil, &Error{File: root, Msg: reason(err)}
		}
		for _, e := range entries {
			if e.IsDir() {
				channels = append(channels, e.Name())
			}
		}
	}
	s := slackReader{src: KindSlack + ":" + ex.path, users: users, from: from, to: to, sk: sk}
	for _, ch := range channels {
		if err := s.channel(filepath.Join(root, ch), ch); err != nil {
			return nil, err
		}
	}
	return s.rows, nil
}

func slackUsers(path string) (map[string]string, error) {
	data, err := readFile(path, MaxFileBytes)
	if err != nil {
		return nil, err
	}
	var list []slackUser
	if err := decodeDoc(path, data, doc{raw: data}, &list); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(list))
	for i, u := range list {
		if u.ID == "" {
			return nil, &Error{File: path, Path: fmt.Sprintf("[%d].id", i), Msg: "missing"}
		}
		name := u.Profile.DisplayName
		for _, alt := range []string{u.Profile.RealName, u.RealName, u.Name} {
			if name == "" {
				name = alt
			}
		}
		if name = rowText(name); name != "" {
			out[u.ID] = name
		}
	}
	return out, nil
}

type slackReader struct {
	sk       *Skipped
	src      string
	users    map[string]string
	from, to time.Time
	read     int64
	rows     []model.DraftRow
}

// channel reads the day files of one channel that can hold messages in
// the window. Day files follow the workspace's time zone, so a day either
// side is read too.
func (s *slackReader) channel(dir, name string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return &Error{File: dir, Msg: reason(err)}
	}
	first := s.from.Add(-24 * time.Hour).Format(time.DateOnly)
	last := s.to.Add(24 * time.Hour).Format(time.DateOnly)
	var days []string
	for _, e := range entries {
		day, ok := strings.CutSuffix(e.Name(), ".json")
		if _, err := time.Parse(time.DateOnly, day); !ok || err != nil || e.IsDir() {
			continue
		}
		if day >= first && day <= last {
			days = append(days, e.Name())
		}
	}
	slices.Sort(days)
	for _, d := range days {
		if err := s.day(filepath.Join(dir, d), name); err != nil {
			return err
		}
	}
	return nil
}

func (s *slackReader) day(path, channel string) error {
	data, err := readFile(path, MaxFileBytes)
	if err != nil {
		return err
	}
	if s.read += int64(len(data)); s.read > MaxSlackBytes {
		return &Error{File: path, Msg: fmt.Sprintf("the export's days in the window are more than the %d MiB an import reads", MaxSlackBytes>>20)}
	}
	var msgs []slackMsg
	if err := decodeDoc(path, data, doc{raw: data}, &msgs); err != nil {
		return err
	}
	for i, m := range msgs {
		if (m.Type != "" && m.Type != "message") || slackSkip[m.Subtype] {
			s.sk.SlackOther++
			continue
		}
		at, err := slackTime(m.TS)
		if err != nil {
			return &Error{File: path, Path: fmt.Sprintf("[%d].ts", i), Msg: err.Error()}
		}
		if at.Before(s.from) || at.After(s.to) {
			s.sk.OutsideWindow++
			continue
		}
		who := s.users[m.User]
		switch {
		case who != "":
		case m.Username != "":
			who = rowText(m.Username)
		case m.BotProfile != nil && m.BotProfile.Name != "":
			who = rowText(m.BotProfile.Name)
		case m.User != "":
			who = m.User
		default:
			who = "someone"
		}
		head := "#" + channel + " " + who
		if m.ThreadTS != "" && m.ThreadTS != m.TS {
			head += " (thread)"
		}
		text := rowText(s.markup(m.Text))
		if text == "" {
			s.sk.SlackOther++
			continue
		}
		s.rows = append(s.rows, model.DraftRow{At: at, Text: rowText(head + ": " + text), Source: s.src})
	}
	return nil
}

// slackTime reads a message's ts, Unix seconds with microseconds.
func slackTime(ts string) (time.Time, error) {
	sec, frac, _ := strings.Cut(ts, ".")
	n, err := strconv.ParseInt(sec, 10, 64)
	var us int64
	if err == nil && frac != "" {
		us, err = strconv.ParseInt((frac + "000000")[:6], 10, 64)
	}
	if err != nil || n <= 0 || len(frac) > 9 {
		return time.Time{}, fmt.Errorf("%q: want a Slack timestamp like 1763544000.000100", ts)
	}
	t := time.Unix(n, us*1000).UTC()
	if t.Year() > 2999 {
		return time.Time{}, fmt.Errorf("%q: want a Slack timestamp like 1763544000.000100", ts)
	}
	return t, nil
}

// markup turns Slack's message markup into plain text: <@U123> becomes the
// person's name, <#C1|name> #name, <!here> @here, <url|label> "label (url)";
// &amp; &lt; &gt; are unescaped.
func (s *slackReader) markup(text string) string {
	if !strings.ContainsAny(text, "<&") {
		return text
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(text, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(text[i:], '>')
		if j < 0 {
			break
		}
		b.WriteString(text[:i])
		inner := text[i+1 : i+j]
		ref, label, hasLabel := strings.Cut(inner, "|")
		switch {
		case strings.HasPrefix(ref, "@"):
			if name := s.users[ref[1:]]; name != "" {
				b.WriteString("@" + name)
			} else if hasLabel {
				b.WriteString("@" + strings.TrimPrefix(label, "@"))
			} else {
				b.WriteString(ref)
			}
		case strings.HasPrefix(ref, "#"):
			if hasLabel {
				b.WriteString("#" + label)
			} else {
				b.WriteString(ref)
			}
		case strings.HasPrefix(ref, "!"):
			if hasLabel {
				b.WriteString(label)
			} else {
				b.WriteString("@" + strings.TrimPrefix(ref, "!"))
			}
		case hasLabel:
			b.WriteString(label + " (" + ref + ")")
		default:
			b.WriteString(ref)
		}
		text = text[i+j+1:]
	}
	b.WriteString(text)
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(b.String())
}
