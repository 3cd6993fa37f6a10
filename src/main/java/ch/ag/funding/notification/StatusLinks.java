package ch.ag.funding.notification;

/**
 * The applicant's status links, as the portal issues them: mails to an applicant carry a link of
 * their own, since a link is stored only as a hash and cannot be sent twice.
 */
public interface StatusLinks {

  /** Issues a further link for the case (earlier ones stay valid) and returns its URL. */
  String issue(String reference, String processInstanceId);

  /** Makes a token handed to the starting case its link and returns the link's URL. */
  String register(String reference, String processInstanceId, String token);

  /** The public address of the application, for links in mails. */
  String baseUrl();
}
