package vn.pakn.adapters.http.web;

/**
 * What every signed-in page shows around its content: who is signed in, the unread badge, the menu this
 * role may use, and the CSRF token its forms carry.
 */
public record Chrome(String userName, String roleLabel, long unread, String csrf, boolean reports, boolean admin,
    String nav, String flash) {

  public Chrome withNav(String value) {
    return new Chrome(userName, roleLabel, unread, csrf, reports, admin, value, flash);
  }
}
