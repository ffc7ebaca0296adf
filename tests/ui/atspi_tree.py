#!/usr/bin/python3
"""SpineDesk as a screen reader sees it, over AT-SPI (run by tests/ui/atspi-tree.sh).

Drives the running program only through the accessibility bus, as Orca would: picks a
clinician in the start dialog and presses OK, walks the main window, opens a patient's chart
(search field, Return), the New patient dialog (File menu, then Cancel) and the outcome
dashboard (Reports menu), and quits through File > Quit. Keys go through the accessibility
bus (XTest); window shortcuts such as Ctrl+N are not used because without a window manager
no window is ever active (tst_accessibility covers them in-process). Every interactive node met must have
a name; the trend and dashboard charts must be exposed as charts that say their figures.
Exits 1 with every problem listed, each with its path in the tree.
"""
import re
import sys
import time

import pyatspi
from gi.repository import Atspi

INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
    "spin button", "slider", "dial", "list", "list box", "table", "tree", "tree table", "page tab",
    "page tab list", "menu item", "check menu item", "radio menu item", "chart", "image", "link", "entry",
}
# Item views are named as a whole; their cells carry the data. A combo box's popup is its own.
NO_DESCENT = {"list", "list box", "table", "tree", "tree table", "combo box"}

problems = []
APP = None  # the program, once found: its windows are listed when a wait times out


def fail(message):
    problems.append(message)
    print("PROBLEM: " + message, flush=True)


def wait_for(what, find, timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = find()
        if found is not None:
            return found
        time.sleep(0.25)
    fail("timed out after %.0f s waiting for %s" % (timeout, what))
    if APP is not None:
        print("windows of the program: %s" % [label(w) for w in children(APP)], flush=True)
    report_and_exit()


def report_and_exit():
    if problems:
        print("%d problem(s) over AT-SPI" % len(problems), flush=True)
        sys.exit(1)
    print("AT-SPI tree checked: every interactive node has a name", flush=True)
    sys.exit(0)


def children(node):
    try:
        count = node.childCount
    except Exception:
        return []
    out = []
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            child = None
        if child is not None:
            out.append(child)
    return out


def label(node):
    try:
        return "%s '%s'" % (node.getRoleName(), node.name or "")
    except Exception:
        return "<gone>"


def walk(node, path="", depth=0):
    """Yields (node, path) depth-first."""
    here = (path + " / " if path else "") + label(node)
    yield node, here
    if depth > 60:
        return
    try:
        role = node.getRoleName()
    except Exception:
        return
    if role in NO_DESCENT and depth > 0:
        return
    for child in children(node):
        yield from walk(child, here, depth + 1)


def check_names(root, where):
    checked = 0
    for node, path in walk(root):
        try:
            role = node.getRoleName()
            name = (node.name or "").strip()
        except Exception:
            continue
        if role in INTERACTIVE:
            checked += 1
            if not name:
                fail("%s: %s has no name (%s)" % (where, role, path))
            # A combo box's name is its current text: what it is comes from its label.
            if role == "combo box" and not labelled(node):
                fail("%s: combo box without a label it is labelled by (%s)" % (where, path))
    if checked == 0:
        fail("%s: no interactive node found at all" % where)
    print("%s: %d interactive nodes named" % (where, checked), flush=True)


def labelled(node):
    try:
        return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in node.getRelationSet())
    except Exception:
        return False


def find(root, predicate):
    for node, _ in walk(root):
        try:
            if predicate(node):
                return node
        except Exception:
            continue
    return None


def find_all(root, predicate):
    out = []
    for node, _ in walk(root):
        try:
            if predicate(node):
                out.append(node)
        except Exception:
            continue
    return out


def do_action(node, names):
    action = node.queryAction()
    available = [action.getName(i) for i in range(action.nActions)]
    for i, n in enumerate(available):
        if n in names:
            return action.doAction(i)
    fail("%s offers %s, none of %s" % (label(node), available, names))
    return False


def do_action_without_reply(node, names):
    """For an action that opens a modal dialog: its reply comes when the dialog closes."""
    Atspi.set_timeout(1500, 15000)
    try:
        do_action(node, names)
    except Exception:
        pass  # no reply yet: the dialog is open
    finally:
        Atspi.set_timeout(25000, 15000)


def top_level(app, role, name=None):
    for child in children(app):
        try:
            if child.getRoleName() == role and (name is None or child.name == name):
                return child
        except Exception:
            continue
    return None


def menu_item(frame, menu, item):
    bar = find(frame, lambda n: n.getRoleName() == "menu bar")
    if bar is None:
        fail("no menu bar")
        return None
    for top in children(bar):
        if top.name.replace("&", "") == menu:
            found = find(top, lambda n: n.getRoleName() == "menu item" and n.name.replace("&", "") == item)
            if found is not None:
                return found
    fail("no menu item %s > %s" % (menu, item))
    return None


def press_key(keysym):
    """A key press through the accessibility bus (XTest on the private X server)."""
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def gone(app, role, name):
    return True if top_level(app, role, name) is None else None


def main():
    pid = int(sys.argv[1])

    def find_app():
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            try:
                if app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        return None

    global APP
    app = wait_for("SpineDesk on the accessibility bus", find_app)
    APP = app

    # 1. Who is using SpineDesk: a clinician chosen and OK pressed through AT-SPI alone.
    picker = wait_for("the clinician dialog", lambda: top_level(app, "dialog"))
    check_names(picker, "clinician dialog")
    clinicians = find(picker, lambda n: n.getRoleName() == "list")
    if clinicians is None or not clinicians.queryTable().addRowSelection(0):
        fail("the clinician list cannot be chosen from")
    ok = find(picker, lambda n: n.getRoleName() == "push button" and n.name == "OK")
    if ok is None:
        fail("no OK button in the clinician dialog")
        report_and_exit()
    do_action(ok, {"Press", "press", "click"})

    frame = wait_for("the main window", lambda: top_level(app, "frame", "SpineDesk"))
    check_names(frame, "main window")

    # 2. A patient's chart, from the keyboard: the search field, then Return opens the first.
    search = wait_for("the patient search field",
                      lambda: find(frame, lambda n: n.getRoleName() == "text" and n.name == "Search patients"))
    search.queryComponent().grabFocus()
    time.sleep(0.5)
    press_key(0xFF0D)  # Return
    def trend_charts():
        charts = find_all(frame, lambda n: n.getRoleName() == "chart")
        return charts or None
    charts = wait_for("the patient's trend charts", trend_charts, timeout=15)
    for chart in charts:
        if not chart.name.startswith("Trend chart: "):
            fail("trend chart named %r" % chart.name)
        if not re.match(r"^(Latest|One score)", chart.description or ""):
            fail("trend chart %r says %r, not its latest value" % (chart.name, chart.description))
    print("patient chart: %d trend charts say their latest value, e.g. %s: %s"
          % (len(charts), charts[0].name, charts[0].description[:160]), flush=True)
    check_names(frame, "patient chart")

    # 3. File > New patient…: a modal dialog, walked and cancelled. Its menu item's action
    # returns only when the dialog closes, so the call is not waited for.
    item = menu_item(frame, "File", "New patient…")
    if item is not None:
        do_action_without_reply(item, {"Press", "press", "click", "Click"})
        dialog = wait_for("the new patient dialog", lambda: top_level(app, "dialog", "New patient and referral"))
        check_names(dialog, "new patient dialog")
        cancel = find(dialog, lambda n: n.getRoleName() == "push button" and n.name == "Cancel")
        if cancel is None:
            fail("no Cancel button in the new patient dialog")
        else:
            do_action(cancel, {"Press", "press", "click"})
            wait_for("the new patient dialog to close", lambda: gone(app, "dialog", "New patient and referral"), timeout=10)

    # 4. Reports > Outcome dashboard…: its charts say their figures.
    item = menu_item(frame, "Reports", "Outcome dashboard…")
    if item is not None:
        do_action(item, {"Press", "press", "click", "Click"})
        dashboard = wait_for("the outcome dashboard", lambda: top_level(app, "frame", "Outcome dashboard"))

        def filled_charts():
            charts = [c for c in find_all(dashboard, lambda n: n.getRoleName() == "chart")
                      if re.search(r"\d", c.description or "")]
            return charts or None
        charts = wait_for("dashboard charts with figures", filled_charts, timeout=20)
        print("outcome dashboard: %d charts say their figures, e.g. %s: %s"
              % (len(charts), charts[0].name, charts[0].description[:160]), flush=True)
        check_names(dashboard, "outcome dashboard")

    # 5. File > Quit: the program ends by itself (the wrapper checks its exit status). The
    # reply may never come: the program has gone.
    item = menu_item(frame, "File", "Quit")
    if item is not None:
        try:
            do_action(item, {"Press", "press", "click", "Click"})
        except Exception:
            pass
    report_and_exit()


if __name__ == "__main__":
    main()
