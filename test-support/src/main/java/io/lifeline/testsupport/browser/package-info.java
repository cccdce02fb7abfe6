/**
 * Browser tests in the system's own Chromium, driven headless through its chromedriver: started
 * only ever to reach this machine (never a downloaded browser or driver), with the console's errors
 * and a screenshot kept for each test, and skipped, loudly, where Chromium is not installed.
 * Depends on Selenium and JUnit, which the module that runs the tests brings.
 */
package io.lifeline.testsupport.browser;
