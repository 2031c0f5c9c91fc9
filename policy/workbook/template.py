def write_template(path, table_id): raise NotImplementedError
