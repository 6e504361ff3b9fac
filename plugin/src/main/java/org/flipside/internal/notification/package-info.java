/**
 * Notifications from Flipside's own processes: a {@link org.flipside.internal.notification.Message} names its topic
 * and parameters (ids and values, never a name), the outbox keeps it so, and the
 * {@link org.flipside.internal.notification.NotificationRenderer} writes its subject and body from the shipped
 * {@link org.flipside.internal.notification.NotificationTemplates} in the recipient's language when it is delivered.
 */
package org.flipside.internal.notification;
