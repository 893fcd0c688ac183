#!/usr/bin/env python3
"""Development only: walks the interface through its screens and saves screenshots.

  python3 ui/dev/walk.py chromium http://127.0.0.1:8765/ OUTDIR [WIDTHxHEIGHT] [LOCALE]
  python3 ui/dev/walk.py app target/debug/ponte-app OUTDIR [WIDTHxHEIGHT] [LOCALE]

`chromium` drives headless Chromium against ui/dev/serve.mjs; `app` drives the real app
through tauri-driver on 127.0.0.1:4444 (start it under Xvfb first). Uses the data-test
hooks documented in ui/README.md. Prints console errors where the browser reports them.
"""
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

mode, target, out = sys.argv[1], sys.argv[2], sys.argv[3]
size = sys.argv[4] if len(sys.argv) > 4 else "1280x800"
loc = sys.argv[5] if len(sys.argv) > 5 else None
w, h = (int(x) for x in size.split("x"))
os.makedirs(out, exist_ok=True)

if mode == "chromium":
    opts = webdriver.ChromeOptions()
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", f"--window-size={w},{h}", "--force-device-scale-factor=1"]:
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    from selenium.webdriver.chrome.service import Service

    d = webdriver.Chrome(options=opts, service=Service("/usr/bin/chromedriver"))
    # Headless Chromium's window is at least 500 px wide: emulate the real width.
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": False})
    d.get(target)
else:
    opts = webdriver.ChromeOptions()  # any Options class; capabilities below decide
    caps = {"browserName": "wry", "tauri:options": {"application": os.path.abspath(target)}}
    from selenium.webdriver.common.options import ArgOptions

    o = ArgOptions()
    for k, v in caps.items():
        o.set_capability(k, v)
    d = webdriver.Remote(command_executor="http://127.0.0.1:4444", options=o)
    d.set_window_rect(0, 0, w, h)

wait = WebDriverWait(d, 20)
q = lambda sel: wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, sel)))
clickable = lambda sel: wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, sel)))
n = [0]


def shot(name):
    n[0] += 1
    time.sleep(0.6)
    path = os.path.join(out, f"{n[0]:02d}-{name}.png")
    d.save_screenshot(path)
    print("shot", path)


def full(name):
    """A tall screenshot of the whole page (Chromium only: grow the window)."""
    if mode != "chromium":
        return shot(name)
    height = d.execute_script("return document.documentElement.scrollHeight")
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": w, "height": min(height + 50, 7000), "deviceScaleFactor": 1, "mobile": False})
    shot(name)
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": False})


q('[data-test="need-health"]')
if loc:
    d.execute_script(
        "const s=document.querySelector('[data-test=language]');"
        "if(![...s.options].some(o=>o.value===arguments[0])){s.append(new Option(arguments[0],arguments[0]))}"
        "s.value=arguments[0];s.dispatchEvent(new Event('change'))", loc)
    time.sleep(1)
print("html", d.execute_script("return [document.documentElement.lang, document.documentElement.dir]"))
shot("start")
clickable('[data-test="need-health"]').click()
inp = clickable('[data-test="place-input"]')
shot("where")
inp.send_keys("Lisb")
q('[data-test="place-suggestion"]')
shot("where-suggestions")
inp.send_keys(Keys.ENTER)
q('[data-test="result"]')
time.sleep(1.5)
dists = d.execute_script("return [...document.querySelectorAll('[data-test=result] [data-test=distance]')].map(e=>+e.dataset.meters)")
print("distances", dists, "sorted" if dists == sorted(dists) else "NOT SORTED")
shot("results")
full("results-full")
if w < 900:
    clickable('[data-test="map-toggle"]').click()
    shot("results-map")
clickable('[data-test="result"] [data-test="result-open"]').click()
q('[data-test="service"]')
shot("service")
full("service-full")
clickable('[data-test="about"]').click()
q('[data-test="screen-about"]')
full("about")
clickable('[data-test="back"]').click()
q('[data-test="service"], [data-test="screen-results"]')
print("history.length", d.execute_script("return history.length"))
clickable('[data-test="quick-exit"]').click()
q('[data-test="neutral"]')
shot("neutral")
print("after exit:", d.execute_script("return [location.pathname, history.length, document.title, document.body.innerText]"))
clickable('[data-test="neutral-continue"]').click()
q('[data-test="need-health"]')
print("restart:", d.execute_script("return [location.pathname, !!document.querySelector('[data-test=result]')]"))
if mode == "chromium":
    for entry in d.get_log("browser"):
        print("console:", entry["level"], entry["message"][:300])
d.quit()
