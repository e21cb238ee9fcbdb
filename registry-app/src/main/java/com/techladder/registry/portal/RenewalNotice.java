package com.techladder.registry.portal;

/**
 * An expiring certificate as 我的企业 announces it: when it runs out, and where and by when to apply again.
 *
 * @param channel where to apply; null for a label beside the ladder (小巨人), whose notice names no window
 * @param year    the year the certificate expires, whose evaluation window the new application falls in
 * @param window  that window; null with {@code channel}
 */
public record RenewalNotice(CertificateView certificate, ApplicationChannel channel, int year, NextSteps.Window window) {
}
