-- A programme's manager or sponsor who leaves the organisation leaves the post vacant until an HR admin appoints
-- someone else; their steps wait with the HR admins meanwhile.
ALTER TABLE fs_programme ALTER COLUMN programme_manager_id DROP NOT NULL;
ALTER TABLE fs_programme ALTER COLUMN sponsor_id DROP NOT NULL;
